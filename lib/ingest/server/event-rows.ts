// Normalized events → the columns of llm_events / cloud_events, column-major (one array per column), for the
// batch writers in write-batch.ts (COPY, or INSERT … SELECT FROM UNNEST when the batch has duplicates).
import { uuid7 } from "@/lib/server/uuid7";
import type { CloudEvent, LlmEvent } from "../types";

const cap = (v: string | undefined, n: number) => (v === undefined ? null : v.slice(0, n));
const intOrNull = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? null : Math.max(-2_147_483_648, Math.min(2_147_483_647, Math.round(n))));
/** A Postgres text[] literal: {"a","b\"c"}. */
const textArray = (items: readonly unknown[]) => `{${items.map((s) => `"${String(s).replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;

export type PreparedLlm = { event: LlmEvent; eventHash: string; source: string; appId: string | null; prompt: string | null; completion: string | null; findingCount: number; raw: string | null; costUsd: number | null };
export type PreparedCloud = { event: CloudEvent; eventHash: string; source: string; raw: string | null };

/** Database column, its type, and how a row fills it. Array types are passed as their text literal. */
type Column<R> = readonly [name: string, type: string, value: (r: R) => string | number | null];
export type EventTable<R> = { name: string; columns: readonly Column<R>[] };
type Time = { event: { time: string } };

const llmAttr = (r: PreparedLlm) => r.event.attributes;
const llmId = (r: PreparedLlm) => r.event.identity;
export const LLM_EVENTS: EventTable<PreparedLlm> = {
  name: "llm_events",
  columns: [
    ["source", "text", (r) => r.source], ["event_hash", "text", (r) => r.eventHash], ["time", "timestamptz", (r) => r.event.time],
    ["provider_name", "text", (r) => cap(llmAttr(r)["gen_ai.provider.name"], 60)], ["operation_name", "text", (r) => cap(llmAttr(r)["gen_ai.operation.name"], 60)],
    ["request_model", "text", (r) => cap(llmAttr(r)["gen_ai.request.model"], 200)], ["response_model", "text", (r) => cap(llmAttr(r)["gen_ai.response.model"], 200)],
    ["response_id", "text", (r) => cap(llmAttr(r)["gen_ai.response.id"], 200)], ["input_tokens", "int", (r) => intOrNull(llmAttr(r)["gen_ai.usage.input_tokens"])],
    ["output_tokens", "int", (r) => intOrNull(llmAttr(r)["gen_ai.usage.output_tokens"])], ["request_count", "int", (r) => intOrNull(r.event.requestCount)],
    ["cost_usd", "numeric", (r) => r.costUsd], ["period_end", "timestamptz", (r) => r.event.periodEnd ?? null],
    ["principal", "text", (r) => cap(llmId(r).principal, 500)], ["api_key_id", "text", (r) => cap(llmId(r).apiKeyId, 200)],
    ["project_id", "text", (r) => cap(llmId(r).projectId, 300)], ["deployment", "text", (r) => cap(llmId(r).deployment, 200)],
    ["source_ip", "text", (r) => cap(llmId(r).sourceIp, 64)], ["user_agent", "text", (r) => cap(llmId(r).userAgent, 500)],
    ["trace_id", "text", (r) => cap(r.event.traceId, 64)], ["span_id", "text", (r) => cap(r.event.spanId, 32)],
    ["finish_reasons", "text[]", (r) => textArray(llmAttr(r)["gen_ai.response.finish_reasons"] ?? [])], ["error_type", "text", (r) => cap(llmAttr(r)["error.type"], 200)],
    ["app_id", "uuid", (r) => r.appId], ["prompt", "text", (r) => r.prompt], ["completion", "text", (r) => r.completion],
    ["finding_count", "int", (r) => r.findingCount], ["raw", "text", (r) => r.raw],
    ["latency_ms", "int", (r) => intOrNull(r.event.latencyMs)], ["guardrails", "text[]", (r) => textArray(r.event.guardrails ?? [])],
  ],
};

export const CLOUD_EVENTS: EventTable<PreparedCloud> = {
  name: "cloud_events",
  columns: [
    ["source", "text", (r) => r.source], ["event_hash", "text", (r) => r.eventHash], ["time", "timestamptz", (r) => r.event.time],
    ["provider", "text", (r) => r.event.provider], ["account", "text", (r) => cap(r.event.account, 300)], ["principal", "text", (r) => cap(r.event.principal, 500)],
    ["source_ip", "text", (r) => cap(r.event.sourceIp, 64)], ["user_agent", "text", (r) => cap(r.event.userAgent, 500)],
    ["service", "text", (r) => cap(r.event.service, 200) ?? "unknown"], ["action", "text", (r) => cap(r.event.action, 200) ?? "unknown"],
    ["resource", "text", (r) => cap(r.event.resource, 1000)], ["outcome", "text", (r) => r.event.outcome], ["region", "text", (r) => cap(r.event.region, 60)],
    ["model", "text", (r) => cap(r.event.model, 200)], ["raw", "text", (r) => r.raw],
  ],
};

/** New ids (UUIDv7 from the event time: index locality) and one array per column, in the table's column order. */
export function columnValues<R extends Time>(table: EventTable<R>, rows: readonly R[]) {
  return {
    ids: rows.map((r) => uuid7(Date.parse(r.event.time) || Date.now())),
    values: table.columns.map(([, , value]) => rows.map(value)),
  };
}
