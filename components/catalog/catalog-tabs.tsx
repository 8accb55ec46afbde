"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/catalog", label: "Datasets", matches: (p: string) => p === "/catalog" || p.startsWith("/catalog/datasets") },
  { href: "/catalog/sources", label: "Data sources", matches: (p: string) => p.startsWith("/catalog/sources") },
  { href: "/catalog/reachability", label: "Reachability", matches: (p: string) => p.startsWith("/catalog/reachability") },
];

export function CatalogTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Data catalog" className="flex gap-1 border-b border-slate-200">
      {TABS.map((t) => {
        const current = t.matches(pathname);
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={current ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:text-slate-800"}`}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
