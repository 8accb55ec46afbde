"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useLlmEvent } from "@/lib/events/hooks";
import { BackToEvents, Fields, Mono, RawJsonBlock, TextBlock } from "./detail-parts";
import { EventFindingsTable } from "./event-findings-table";
import { formatCount, formatTime, formatUsd } from "./format";
import { AppCell } from "./llm-events-table";

export function LlmEventDetail({ id }: { id: string }) {
  const query = useLlmEvent(id);
  if (query.isPending) return <Skeleton rows={8} />;
  if (query.error) {
    return (
      <div className="space-y-4">
        <BackToEvents tab="llm" />
        <ErrorNotice>{query.error instanceof ApiError && query.error.status === 404 ? "This LLM call does not exist in your organization." : `Could not load the call: ${errorMessage(query.error)}`}</ErrorNotice>
      </div>
    );
  }
  const e = query.data;
  const usagePage = e.periodEnd !== null;
  return (
    <div className="space-y-6">
      <BackToEvents tab="llm" />
      <Card title={`${e.provider} · ${e.operation}`} description={`${usagePage ? "Usage record" : "LLM call"} at ${formatTime(e.time)}`}>
        <Fields label="Call" items={[
          ["App", e.appId ? <Link href={`/apps/${e.appId}`} className="text-brand-700 hover:underline"><AppCell appId={e.appId} appName={e.appName} /></Link> : <AppCell appId={null} appName={null} />],
          ["Request model", e.requestModel && <Mono>{e.requestModel}</Mono>],
          ["Response model", e.responseModel && <Mono>{e.responseModel}</Mono>],
          ["Tokens in / out", `${formatCount(e.inputTokens)} / ${formatCount(e.outputTokens)}`],
          ["Cost", formatUsd(e.costUsd)],
          ...(usagePage ? ([["Period end", formatTime(e.periodEnd!)], ["Requests", formatCount(e.requestCount)]] as [string, string][]) : []),
          ["Finish reasons", e.finishReasons.join(", ")],
          ["Error", e.errorType],
          ["Response id", e.responseId && <Mono>{e.responseId}</Mono>],
          ["Source", e.source],
        ]} />
      </Card>
      <Card title="Identity" description="Who made the call; these fields map events to registered apps.">
        <Fields label="Identity" items={[
          ["Principal", e.principal], ["API key id", e.apiKeyId && <Mono>{e.apiKeyId}</Mono>], ["Project", e.projectId], ["Deployment", e.deployment],
          ["Source IP", e.sourceIp], ["User agent", e.userAgent], ["Trace id", e.traceId && <Mono>{e.traceId}</Mono>], ["Span id", e.spanId && <Mono>{e.spanId}</Mono>],
        ]} />
      </Card>
      <Card title="Prompt and response" description="As stored: DLP redacted sensitive values when the log was ingested.">
        <div className="space-y-4">
          <TextBlock label="Prompt (redacted)" text={e.prompt} empty="No prompt text in this record." />
          <TextBlock label="Response (redacted)" text={e.completion} empty="No response text in this record." />
        </div>
      </Card>
      <Card title="DLP findings" description={`${e.findingCount} detection${e.findingCount === 1 ? "" : "s"} in this call.`}>
        <EventFindingsTable findings={e.findings} />
      </Card>
      <Card title="Raw record">
        <RawJsonBlock raw={e.raw} missing="The raw record was not kept for this event." />
      </Card>
    </div>
  );
}
