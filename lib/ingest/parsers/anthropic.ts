// Anthropic Messages API records: recorded request+response exchanges (api.anthropic.com, Claude on Amazon
// Bedrock and on Vertex AI; JSON or SSE bodies, legacy /v1/complete) and bare Message objects.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { arr, isObject, num, str } from "./fields";
import { count, decode, errorType, exchange, header, joinTexts, llmEvent, messagesText, numeric, partsText, guardedMatch, safely, sseObjects, strings, wrapperTime, idless, type Exchange } from "./llm-common";

type Summary = { id?: string; model?: string; texts: string[]; deltas: Map<number, string>; finish: string[]; input?: number; output?: number; error?: string };

/** Anthropic counts cached input apart; the GenAI input token count includes it. */
function inputTokens(usage: JsonValue | undefined): number | undefined {
  const base = count(usage, "input_tokens");
  if (base === undefined) return undefined;
  return base + (count(usage, "cache_creation_input_tokens") ?? 0) + (count(usage, "cache_read_input_tokens") ?? 0);
}

function blockText(b: JsonValue | undefined): string | undefined {
  if (!isObject(b)) return undefined;
  if (b.type === "tool_use" && isObject(b.input)) return JSON.stringify(b.input);
  return str(b, "text") ?? str(b, "thinking");
}

function fold(s: Summary, b: JsonObject): void {
  const type = str(b, "type");
  if (type === "message_start" && isObject(b.message)) return fold(s, b.message);
  if (type === "content_block_start") s.deltas.set(num(b, "index") ?? 0, blockText(b.content_block) ?? "");
  if (type === "content_block_delta") {
    const i = num(b, "index") ?? 0;
    s.deltas.set(i, (s.deltas.get(i) ?? "") + (str(b, "delta.text") ?? str(b, "delta.partial_json") ?? str(b, "delta.thinking") ?? ""));
  }
  if (type === "message_delta") {
    const stop = str(b, "delta.stop_reason");
    if (stop) s.finish.push(stop);
    s.output = count(b, "usage.output_tokens") ?? s.output;
    s.input = inputTokens(b.usage) ?? s.input;
    return;
  }
  if (type === "error") s.error = str(b, "error.type") ?? "error";
  if (type !== "message" && type !== "completion") return;
  s.id = str(b, "id") ?? s.id;
  s.model = str(b, "model") ?? s.model;
  s.input = inputTokens(b.usage) ?? s.input;
  s.output = count(b, "usage.output_tokens") ?? s.output;
  for (const block of arr(b, "content") ?? []) s.texts.push(blockText(block) ?? "");
  s.texts.push(str(b, "completion") ?? "");
  const stop = str(b, "stop_reason");
  if (stop) s.finish.push(stop);
}

function summarize(body: JsonValue | undefined): Summary {
  const s: Summary = { texts: [], deltas: new Map(), finish: [] };
  if (typeof body === "string") for (const ev of sseObjects(body)) fold(s, ev);
  else if (isObject(body)) fold(s, body);
  return s;
}

const promptOf = (req: JsonValue | undefined) =>
  isObject(req) ? joinTexts([partsText(req.system), messagesText(req.messages, ["assistant"]), str(req, "prompt")]) : undefined;

/** Where the exchange went: provider, operation and the model named by the URL (Bedrock, Vertex AI). */
function route(x: Exchange): { provider: string; operation?: string; urlModel?: string } | undefined {
  const host = x.url.hostname;
  const path = decode(x.url.pathname).replace(/\/+$/, "");
  const chatOrText = isObject(x.req) && Array.isArray(x.req.messages) ? "chat" : "text_completion";
  if (host.startsWith("bedrock-runtime.")) {
    const m = /\/model\/(.+)\/(invoke|invoke-with-response-stream)$/.exec(path); // Converse bodies are Bedrock's own format
    return { provider: "aws.bedrock", operation: m ? chatOrText : undefined, urlModel: m?.[1] };
  }
  if (host.endsWith("aiplatform.googleapis.com")) {
    const m = /\/publishers\/anthropic\/models\/([^/:]+):(raw|streamRaw)Predict$/.exec(path);
    return { provider: "gcp.vertex_ai", operation: m ? "chat" : undefined, urlModel: m?.[1] };
  }
  if (/\/v1\/messages$/.test(path) && !/\/threads\//.test(path)) return { provider: "anthropic", operation: "chat" };
  if (/\/v1\/complete$/.test(path)) return { provider: "anthropic", operation: "text_completion" };
  return host === "api.anthropic.com" ? { provider: "anthropic" } : undefined;
}

function parseExchange(x: Exchange): ParseOutcome {
  const where = route(x);
  if (!where?.operation || x.method !== "POST") return { reason: "wrong_format", detail: `not a model call: ${x.method} ${idless(x.url.pathname)}` };
  const s = summarize(x.res);
  if (!x.time) return { reason: "missing_field", detail: "time" };
  const req = isObject(x.req) ? x.req : {};
  const profile = where.urlModel?.startsWith("arn:") ? where.urlModel : undefined;
  return llmEvent(
    x.time,
    {
      "gen_ai.provider.name": where.provider,
      "gen_ai.operation.name": where.operation,
      "gen_ai.request.model": str(req, "model") ?? (profile ? profile.split("/").pop() : where.urlModel),
      "gen_ai.response.model": s.model,
      "gen_ai.response.id": s.id,
      "gen_ai.response.finish_reasons": strings(s.finish),
      "gen_ai.usage.input_tokens": s.input ?? numeric(header(x.resHeaders, "x-amzn-bedrock-input-token-count")),
      "gen_ai.usage.output_tokens": s.output ?? numeric(header(x.resHeaders, "x-amzn-bedrock-output-token-count")),
      "server.address": x.url.hostname,
      "error.type": errorType(x.status, x.res) ?? s.error,
    },
    { principal: str(req, "metadata.user_id"), deployment: profile, userAgent: header(x.reqHeaders, "user-agent") },
    { prompt: promptOf(req), completion: joinTexts([...s.texts, ...s.deltas.values()]) },
  );
}

const isBare = (r: JsonObject) => (r.type === "message" || r.type === "completion") && typeof r.model === "string" && ("usage" in r || "content" in r || "completion" in r);

function parseBare(r: JsonObject): ParseOutcome {
  if (!isBare(r)) return { reason: "wrong_format" };
  const time = wrapperTime(r);
  if (!time) return { reason: "missing_field", detail: "time" };
  const s = summarize(r);
  return llmEvent(time, {
    "gen_ai.provider.name": s.id?.startsWith("msg_bdrk_") ? "aws.bedrock" : "anthropic",
    "gen_ai.operation.name": r.type === "completion" ? "text_completion" : "chat",
    "gen_ai.response.model": s.model,
    "gen_ai.response.id": s.id,
    "gen_ai.response.finish_reasons": strings(s.finish),
    "gen_ai.usage.input_tokens": s.input,
    "gen_ai.usage.output_tokens": s.output,
  }, {}, { completion: joinTexts(s.texts) });
}

/** Bedrock exchanges are Anthropic's when the body is an Anthropic one; other Bedrock models go to the Bedrock parser. */
function matches(r: JsonObject): boolean {
  const x = exchange(r);
  if (!x) return isBare(r);
  const where = route(x);
  if (!where) return false;
  if (where.provider !== "aws.bedrock") return true;
  return where.operation !== undefined && (str(x.req, "anthropic_version") !== undefined || ["message", "completion"].includes(str(x.res, "type") ?? ""));
}

export const anthropicParser: SourceParser = {
  source: "anthropic",
  label: "Anthropic Messages API calls",
  matches: guardedMatch((r) => matches(r)),
  parse: safely((r) => {
    const x = exchange(r);
    return x ? parseExchange(x) : parseBare(r);
  }),
};
