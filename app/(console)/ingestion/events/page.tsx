import type { Metadata } from "next";
import { EventsExplorer } from "@/components/events/events-explorer";
import { explorerStateFromParams } from "@/lib/events/explorer-url";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Events · Ingestion" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageScope("ingestion:read");
  return <EventsExplorer initialState={explorerStateFromParams(await searchParams)} />;
}
