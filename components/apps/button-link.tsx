import Link from "next/link";
import type { ComponentProps } from "react";

const STYLES = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "bg-white text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50",
} as const;

/** A link that looks like a <Button> (navigation stays a link for assistive tech and new tabs). */
export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: keyof typeof STYLES }) {
  return <Link className={`inline-flex items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-medium shadow-sm transition ${STYLES[variant]} ${className}`} {...props} />;
}
