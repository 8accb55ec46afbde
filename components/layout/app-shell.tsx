"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { canSee, NAV_ITEMS } from "./nav-items";
import { OrgSwitcher, type OrgOption } from "./org-switcher";
import { UserMenu } from "./user-menu";

type AppShellProps = {
  user: { email: string; name: string | null };
  activeOrg: OrgOption;
  orgs: OrgOption[];
  scopes: string[];
  children: ReactNode;
};

export function AppShell({ user, activeOrg, orgs, scopes, children }: AppShellProps) {
  const pathname = usePathname();
  const granted = new Set(scopes);
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">Skip to content</a>
      <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-slate-900 text-slate-100">
        <div className="px-5 py-5">
          <Link href="/dashboard" className="text-base font-semibold tracking-tight text-white">LLM SecOps</Link>
          <p className="text-xs text-slate-400">Console</p>
        </div>
        <div className="px-3 pb-3"><OrgSwitcher active={activeOrg} orgs={orgs} /></div>
        <nav aria-label="Main" className="flex-1 space-y-0.5 px-3">
          {NAV_ITEMS.filter((item) => canSee(item, granted)).map((item) => {
            const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <Link
                key={item.href}
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800 hover:text-white"}`}
              >
                {item.label}
              </Link>
            );
          })}
        </nav>
        <div className="border-t border-slate-800 px-3 py-3 text-xs">
          <Link href="/docs/api" className="block rounded px-3 py-1.5 text-slate-400 hover:text-white">API reference</Link>
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-end gap-4 border-b border-slate-200 bg-white px-6">
          <span className="text-xs text-slate-500">Role: <strong className="font-medium text-slate-700">{activeOrg.roleLabel}</strong></span>
          <UserMenu user={user} />
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-6 py-8">{children}</main>
      </div>
    </div>
  );
}
