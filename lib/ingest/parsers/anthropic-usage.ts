// Anthropic Admin API reports: the messages usage report (/v1/organizations/usage_report/messages) and the cost
// report (/v1/organizations/cost_report). Both are {data:[{starting_at, ending_at, results:[…]}], has_more,
// next_page}. split: one record per result with its bucket's starting_at / ending_at; parse: one aggregated LLM
// event per result. Cost amounts are decimal strings in the currency's lowest unit ("123.45" USD = $1.2345).
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { arr, isObject, isoTime, num, str } from "./fields";
import { count, guardedMatch, guardedSplit, llmEvent, safely } from "./llm-common";

const USAGE_FIELDS = ["uncached_input_tokens", "cache_read_input_tokens", "cache_creation", "output_tokens", "server_tool_use"];
const isUsage = (r: JsonValue | undefined) => isObject(r) && USAGE_FIELDS.some((k) => k in r);
const isCost = (r: JsonValue | undefined) => isObject(r) && "amount" in r && ("currency" in r || "cost_type" in r || "description" in r);
const isResult = (r: JsonObject) => typeof r.starting_at === "string" && (isUsage(r) || isCost(r));
const isReport = (v: JsonObject) =>
  Array.isArray(v.data) && v.data.length > 0 && v.data.every((b) => isObject(b) && typeof b.starting_at === "string" && Array.isArray(b.results)) && "has_more" in v;

/** Input tokens of a usage row: uncached + cache reads + cache writes (all TTLs), as the GenAI count includes them. */
function inputTokens(r: JsonObject): number | undefined {
  const parts = [count(r, "uncached_input_tokens"), count(r, "cache_read_input_tokens"), count(r, "cache_creation.ephemeral_5m_input_tokens"), count(r, "cache_creation.ephemeral_1h_input_tokens"), count(r, "cache_creation_input_tokens")];
  return parts.some((p) => p !== undefined) ? parts.reduce<number>((a, b) => a + (b ?? 0), 0) : undefined;
}

const costOperation = (costType: string | undefined) =>
  costType === "web_search" || costType === "code_execution" ? "execute_tool" : costType === "session_usage" ? "invoke_agent" : "chat";

function parse(r: JsonObject): ParseOutcome {
  if (!isUsage(r) && !isCost(r)) return { reason: "wrong_format" };
  if (r.starting_at === undefined || r.starting_at === null) return { reason: "missing_field", detail: "starting_at" };
  const time = isoTime(r.starting_at);
  if (!time) return { reason: "invalid_value", detail: "starting_at" };
  const identity = { principal: str(r, "account_id") ?? str(r, "service_account_id"), apiKeyId: str(r, "api_key_id"), projectId: str(r, "workspace_id") };
  const base = { "gen_ai.provider.name": "anthropic", "gen_ai.request.model": str(r, "model") };
  const periodEnd = isoTime(r.ending_at ?? null);
  if (isCost(r)) {
    const cents = num(r, "amount");
    if (cents === undefined) return { reason: "invalid_value", detail: "amount" };
    const currency = (str(r, "currency") ?? "USD").toUpperCase();
    return llmEvent(time, { ...base, "gen_ai.operation.name": costOperation(str(r, "cost_type")) }, identity, {
      periodEnd,
      costUsd: currency === "USD" ? cents / 100 : undefined,
    });
  }
  return llmEvent(
    time,
    { ...base, "gen_ai.operation.name": "chat", "gen_ai.usage.input_tokens": inputTokens(r), "gen_ai.usage.output_tokens": count(r, "output_tokens") },
    identity,
    { periodEnd },
  );
}

/** A report → its results, each with the bucket's starting_at / ending_at. */
function split(v: JsonObject): JsonObject[] | null {
  if (!isReport(v)) return null;
  const out: JsonObject[] = [];
  for (const bucket of arr(v, "data") ?? [])
    for (const result of arr(bucket, "results") ?? [])
      if (isObject(result) && isObject(bucket)) out.push({ ...result, starting_at: bucket.starting_at ?? null, ending_at: bucket.ending_at ?? null });
  return out;
}

export const anthropicUsageParser: SourceParser = {
  source: "anthropic-usage",
  label: "Anthropic usage and cost reports",
  split: guardedSplit(split),
  matches: guardedMatch((r) => (isReport(r) || isResult(r))),
  parse: safely(parse),
};
