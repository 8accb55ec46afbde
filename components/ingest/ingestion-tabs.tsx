"use client";

import { usePathname } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";

const TABS = [
  { href: "/ingestion", label: "Uploads", ingestion: true, matches: (p: string) => p === "/ingestion" || p.startsWith("/ingestion/files") },
  { href: "/ingestion/events", label: "Events", ingestion: true, matches: (p: string) => p.startsWith("/ingestion/events") },
  { href: "/ingestion/connectors", label: "Connectors", ingestion: true, matches: (p: string) => p.startsWith("/ingestion/connectors") },
  { href: "/ingestion/mapping", label: "App mapping", ingestion: true, matches: (p: string) => p.startsWith("/ingestion/mapping") },
  { href: "/ingestion/usage", label: "Usage & cost", ingestion: false, matches: (p: string) => p.startsWith("/ingestion/usage") },
  { href: "/ingestion/prices", label: "Model prices", ingestion: false, matches: (p: string) => p.startsWith("/ingestion/prices") },
];

/** Managers (reports:read without ingestion:read) see usage, cost and prices only. */
export function IngestionTabs({ canReadIngestion }: { canReadIngestion: boolean }) {
  const pathname = usePathname();
  return <TabNav label="Ingestion" tabs={TABS.filter((t) => canReadIngestion || !t.ingestion).map((t) => ({ href: t.href, label: t.label, current: t.matches(pathname) }))} />;
}
