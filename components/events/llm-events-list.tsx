"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useLlmEvents } from "@/lib/events/hooks";
import { LlmEventsTable } from "./llm-events-table";
import { LoadMore } from "./load-more";

export function LlmEventsList({ query, filtered, onClear }: { query: Record<string, string>; filtered: boolean; onClear: () => void }) {
  const events = useLlmEvents(query);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  if (events.isPending) return <Skeleton rows={6} />;
  if (events.error) return <ErrorNotice>Could not load LLM calls: {errorMessage(events.error)}</ErrorNotice>;
  if (rows.length === 0) {
    return filtered ? (
      <EmptyState title="No LLM calls match these filters" action={<Button variant="secondary" onClick={onClear}>Clear filters</Button>}>Try a wider time range or fewer filters.</EmptyState>
    ) : (
      <EmptyState title="No LLM calls in this time range" action={<Link href="/ingestion" className="text-sm font-medium text-brand-700 hover:underline">Upload provider logs</Link>}>
        Calls appear here once provider logs (OpenAI, Anthropic, Bedrock, Azure OpenAI, OTLP traces) are ingested.
      </EmptyState>
    );
  }
  return (
    <>
      <LlmEventsTable events={rows} />
      <LoadMore shown={rows.length} noun="calls" hasMore={Boolean(events.hasNextPage)} loading={events.isFetchingNextPage} onMore={() => void events.fetchNextPage()} />
    </>
  );
}
