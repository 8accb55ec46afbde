// OpenAI organization usage and cost pages (/v1/organization/usage/{completions,embeddings,…} and
// /v1/organization/costs). split: a page {object:"page", data:[{start_time, end_time, results}]} → one record per
// result with its bucket's start_time / end_time; parse: one aggregated LLM event per result.
import type { JsonObject, ParseOutcome, SourceParser } from "../types";
import { arr, isObject, isoTime, num, str } from "./fields";
import { count, guardedMatch, guardedSplit, llmEvent, safely } from "./llm-common";

const RESULT = /^organization\.(?:usage\.([a-z_]+)|(costs))\.result$/;

/** GenAI operation of a usage kind (the endpoint family the bucket aggregates). */
const KIND_OPERATION: Record<string, string> = {
  completions: "chat",
  embeddings: "embeddings",
  moderations: "moderations",
  images: "generate_content",
  audio_speeches: "generate_content",
  audio_transcriptions: "generate_content",
  code_interpreter_sessions: "execute_tool",
  file_searches: "execute_tool",
  web_searches: "execute_tool",
  vector_stores: "execute_tool",
};

/** A cost line item names what it bills ("gpt-4o-mini-2024-07-18, input", "text-embedding-3-small", "web search tool calls"). */
function costOperation(lineItem: string | undefined): string {
  const li = (lineItem ?? "").toLowerCase();
  if (li.includes("embedding")) return "embeddings";
  if (/image|dall-e|tts|whisper|transcri/.test(li)) return "generate_content";
  if (/search|code interpreter|vector|tool/.test(li)) return "execute_tool";
  return "chat";
}

function parse(r: JsonObject): ParseOutcome {
  const m = RESULT.exec(str(r, "object") ?? "");
  if (!m) return { reason: "wrong_format" };
  if (r.start_time === undefined || r.start_time === null) return { reason: "missing_field", detail: "start_time" };
  const time = isoTime(r.start_time);
  if (!time) return { reason: "invalid_value", detail: "start_time" };
  const periodEnd = isoTime(r.end_time ?? null);
  const kind = m[1];
  const lineItem = str(r, "line_item");
  const currency = str(r, "amount.currency")?.toLowerCase();
  const amount = num(r, "amount.value");
  if (m[2] && amount === undefined) return { reason: "missing_field", detail: "amount.value" };
  return llmEvent(
    time,
    {
      "gen_ai.provider.name": "openai",
      "gen_ai.operation.name": kind ? (KIND_OPERATION[kind] ?? kind) : costOperation(lineItem),
      "gen_ai.request.model": str(r, "model") ?? undefined,
      "gen_ai.usage.input_tokens": count(r, "input_tokens"),
      "gen_ai.usage.output_tokens": count(r, "output_tokens"),
    },
    { principal: str(r, "user_id"), apiKeyId: str(r, "api_key_id"), projectId: str(r, "project_id") },
    {
      periodEnd,
      requestCount: count(r, "num_model_requests", "num_requests"),
      costUsd: amount !== undefined && (currency === undefined || currency === "usd") ? amount : undefined,
    },
  );
}

const isPage = (v: JsonObject) =>
  v.object === "page" && Array.isArray(v.data) && (v.data.length === 0 ? "has_more" in v : v.data.some((b) => str(b, "object") === "bucket" || (isObject(b) && Array.isArray(b.results))));

/** A page → its results, each with the bucket's start_time / end_time. */
function split(v: JsonObject): JsonObject[] | null {
  if (!isPage(v)) return null;
  const out: JsonObject[] = [];
  for (const bucket of arr(v, "data") ?? []) {
    if (!isObject(bucket)) continue;
    for (const result of arr(bucket, "results") ?? arr(bucket, "result") ?? [])
      if (isObject(result)) out.push({ ...result, start_time: bucket.start_time ?? null, end_time: bucket.end_time ?? null });
  }
  return out;
}

export const openaiUsageParser: SourceParser = {
  source: "openai-usage",
  label: "OpenAI usage and cost reports",
  split: guardedSplit(split),
  matches: guardedMatch((r) => (isPage(r) || RESULT.test(str(r, "object") ?? ""))),
  parse: safely(parse),
};
