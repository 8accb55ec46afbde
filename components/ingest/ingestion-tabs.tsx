"use client";

import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "/ingestion", label: "Uploads", matches: (p: string) => p === "/ingestion" || p.startsWith("/ingestion/files") },
  { href: "/ingestion/events", label: "Events", matches: (p: string) => p.startsWith("/ingestion/events") },
  { href: "/ingestion/usage", label: "Usage & cost", matches: (p: string) => p.startsWith("/ingestion/usage") },
  { href: "/ingestion/prices", label: "Model prices", matches: (p: string) => p.startsWith("/ingestion/prices") },
];

export function IngestionTabs() {
  const pathname = usePathname();
  return <TabNav label="Ingestion" tabs={TABS.map((t) => ({ href: t.href, label: t.label, current: t.matches(pathname) }))} />;
}
