"use client";

import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "/dlp", label: "Detectors", scope: "dlp:read", matches: (p: string) => p === "/dlp" },
  { href: "/dlp/policies", label: "Policies", scope: "dlp:read", matches: (p: string) => p.startsWith("/dlp/policies") },
  { href: "/dlp/rules", label: "Custom rules", scope: "dlp:read", matches: (p: string) => p.startsWith("/dlp/rules") },
  { href: "/dlp/playground", label: "Playground", scope: "dlp:scan", matches: (p: string) => p.startsWith("/dlp/playground") },
];

export function DlpTabs({ scopes }: { scopes: string[] }) {
  const pathname = usePathname();
  const granted = new Set(scopes);
  const tabs = TABS.filter((t) => granted.has(t.scope)).map((t) => ({ href: t.href, label: t.label, current: t.matches(pathname) }));
  return <TabNav label="Data loss prevention" tabs={tabs} />;
}
