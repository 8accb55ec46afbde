"use client";

import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "/catalog", label: "Datasets", matches: (p: string) => p === "/catalog" || p.startsWith("/catalog/datasets") },
  { href: "/catalog/sources", label: "Data sources", matches: (p: string) => p.startsWith("/catalog/sources") },
  { href: "/catalog/reachability", label: "Reachability", matches: (p: string) => p.startsWith("/catalog/reachability") },
];

export function CatalogTabs() {
  const pathname = usePathname();
  return <TabNav label="Data catalog" tabs={TABS.map((t) => ({ href: t.href, label: t.label, current: t.matches(pathname) }))} />;
}
