"use client";

import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "/posture", label: "Dashboard", matches: (p: string) => p === "/posture" || p.startsWith("/posture/apps") },
  { href: "/posture/frameworks", label: "Frameworks", matches: (p: string) => p.startsWith("/posture/frameworks") },
  { href: "/posture/controls", label: "Controls", matches: (p: string) => p.startsWith("/posture/controls") },
];

export function PostureTabs() {
  const pathname = usePathname();
  return <TabNav label="Posture" tabs={TABS.map((t) => ({ href: t.href, label: t.label, current: t.matches(pathname) }))} />;
}
