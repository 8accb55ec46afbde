"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/** A table row that opens `href` on click; its first cell holds the real link, so keyboards use Tab + Enter. */
export function RowLink({ href, children }: { href: string; children: ReactNode }) {
  const router = useRouter();
  function onClick(event: MouseEvent<HTMLTableRowElement>) {
    if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
    router.push(href);
  }
  return <tr onClick={onClick} className="cursor-pointer hover:bg-slate-50">{children}</tr>;
}
