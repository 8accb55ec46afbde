"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useCloudEvents } from "@/lib/events/hooks";
import { CloudEventsTable } from "./cloud-events-table";
import { LoadMore } from "./load-more";

export function CloudEventsList({ query, filtered, onClear }: { query: Record<string, string>; filtered: boolean; onClear: () => void }) {
  const events = useCloudEvents(query);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  if (events.isPending) return <Skeleton rows={6} />;
  if (events.error) return <ErrorNotice>Could not load cloud audit events: {errorMessage(events.error)}</ErrorNotice>;
  if (rows.length === 0) {
    return filtered ? (
      <EmptyState title="No cloud audit events match these filters" action={<Button variant="secondary" onClick={onClear}>Clear filters</Button>}>Try a wider time range or fewer filters.</EmptyState>
    ) : (
      <EmptyState title="No cloud audit events in this time range" action={<Link href="/ingestion" className="text-sm font-medium text-brand-700 hover:underline">Upload audit logs</Link>}>
        CloudTrail, GCP and Azure audit logs, and OpenAI, Anthropic and GitHub organization audit logs appear here once ingested.
      </EmptyState>
    );
  }
  return (
    <>
      <CloudEventsTable events={rows} />
      <LoadMore shown={rows.length} noun="events" hasMore={Boolean(events.hasNextPage)} loading={events.isFetchingNextPage} onMore={() => void events.fetchNextPage()} />
    </>
  );
}
