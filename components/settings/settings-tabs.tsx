"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { canSee, SETTINGS_TABS } from "@/components/layout/nav-items";

export function SettingsTabs({ scopes }: { scopes: string[] }) {
  const pathname = usePathname();
  const granted = new Set(scopes);
  return (
    <nav aria-label="Settings" className="flex gap-1 border-b border-slate-200">
      {SETTINGS_TABS.filter((t) => canSee(t, granted)).map((t) => {
        const current = pathname.startsWith(t.href);
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
