// OpenAI API records: recorded request+response exchanges (api.openai.com, Azure OpenAI deployments and
// OpenAI-compatible hosts; JSON or SSE bodies) and bare response objects (chat.completion, response,
// text_completion, embedding lists, terminal Responses stream events).
import type { JsonObject, JsonValue, SourceParser } from "../types";
import { arr, at, isObject, isoTime, num, str } from "./fields";
import { count, decode, errorType, exchange, header, joinTexts, llmEvent, messagesText, partsText, guardedMatch, guardedSplit, safely, sseObjects, strings, wrapperTime, idless, type Exchange } from "./llm-common";

const BARE = new Set(["chat.completion", "text_completion", "response"]);
const TERMINAL = new Set(["response.completed", "response.failed", "response.incomplete"]);

type Summary = {
  id?: string;
  model?: string;
  created?: string;
  texts: string[];
  deltas: Map<number, string>; // streamed text per choice index, concatenated
  finish: string[];
  input?: number;
  output?: number;
  error?: string;
};
const empty = (): Summary => ({ texts: [], deltas: new Map(), finish: [] });
const addDelta = (s: Summary, index: number, text: string | undefined) => {
  if (text) s.deltas.set(index, (s.deltas.get(index) ?? "") + text);
};
const completionOf = (s: Summary) => joinTexts([...s.texts, ...s.deltas.values()]);

/** Operation of an endpoint path (POST only); undefined for endpoints that are not model calls. */
function endpointOperation(path: string): string | undefined {
  if (/\/chat\/completions$/.test(path) || /\/responses$/.test(path)) return "chat";
  if (/\/completions$/.test(path)) return "text_completion";
  if (/\/embeddings$/.test(path)) return "embeddings";
  if (/\/images\/(generations|edits)$/.test(path)) return "generate_content";
  if (/\/assistants$/.test(path)) return "create_agent";
  if (/\/threads(\/[^/]+)?\/runs$/.test(path)) return "invoke_agent";
  return undefined;
}
const objectOperation = (o: string) => (o === "text_completion" ? "text_completion" : o === "list" ? "embeddings" : "chat");

function providerOf(host: string): string {
  if (/\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/.test(host)) return "azure.ai.openai";
  if (host.endsWith("aiplatform.googleapis.com")) return "gcp.vertex_ai";
  if (host === "generativelanguage.googleapis.com") return "gcp.gemini";
  const known: Record<string, string> = { "api.deepseek.com": "deepseek", "api.groq.com": "groq", "api.x.ai": "x_ai", "api.mistral.ai": "mistral_ai", "api.perplexity.ai": "perplexity" };
  return known[host] ?? "openai";
}

/** Folds one response object (or one stream event) into the summary. */
function fold(s: Summary, b: JsonObject, streaming = false): void {
  const object = str(b, "object");
  const type = str(b, "type");
  if (type && TERMINAL.has(type) && isObject(b.response)) return fold(s, b.response);
  if (type === "response.output_text.delta" && typeof b.delta === "string") addDelta(s, num(b, "output_index") ?? 0, b.delta);
  if (object === "thread.message.delta") for (const p of arr(b, "delta.content") ?? []) addDelta(s, 0, str(p, "text.value"));
  s.id = str(b, "id") ?? s.id;
  s.model = str(b, "model") ?? s.model;
  s.created ??= isoTime(b.created ?? b.created_at ?? null);
  s.input = count(b, "usage.prompt_tokens", "usage.input_tokens") ?? s.input;
  s.output = count(b, "usage.completion_tokens", "usage.output_tokens") ?? s.output;
  s.error = str(b, "error.code") ?? str(b, "last_error.code") ?? s.error;
  for (const c of arr(b, "choices") ?? []) {
    const msg = at(c, "message") ?? at(c, "delta");
    const text = partsText(at(msg, "content")) ?? str(c, "text") ?? str(msg, "refusal");
    if (streaming) addDelta(s, num(c, "index") ?? 0, text);
    else s.texts.push(text ?? "");
    for (const t of arr(msg, "tool_calls") ?? []) {
      if (streaming) addDelta(s, 1000 + (num(t, "index") ?? 0), str(t, "function.arguments"));
      else s.texts.push(str(t, "function.arguments") ?? "");
    }
    const finish = str(c, "finish_reason");
    if (finish) s.finish.push(finish);
  }
  if (object === "response" && arr(b, "output")?.length) {
    s.texts.length = 0; // a final response object replaces the stream deltas
    s.deltas.clear();
    for (const item of arr(b, "output") ?? []) {
      for (const part of arr(item, "content") ?? []) s.texts.push(str(part, "text") ?? str(part, "refusal") ?? "");
      s.texts.push(str(item, "arguments") ?? "");
    }
    const reason = str(b, "incomplete_details.reason");
    if (reason) s.finish.push(reason);
  }
}

function summarize(body: JsonValue | undefined): Summary {
  const s = empty();
  if (typeof body === "string") for (const ev of sseObjects(body)) fold(s, ev, true);
  else if (isObject(body)) fold(s, body);
  return s;
}

function requestPrompt(req: JsonValue | undefined): string | undefined {
  if (!isObject(req)) return undefined;
  return joinTexts([
    str(req, "instructions"),
    str(req, "additional_instructions"),
    messagesText(req.messages, ["assistant"]),
    messagesText(req.additional_messages, ["assistant"]),
    messagesText(req.prompt),
    messagesText(req.input, ["assistant"]),
  ]);
}

function parseExchange(x: Exchange) {
  const path = x.url.pathname.replace(/\/+$/, "");
  const operation = x.method === "POST" ? endpointOperation(path) : undefined;
  if (!operation) return { reason: "wrong_format" as const, detail: `not a model call: ${x.method} ${idless(path)}` };
  const s = summarize(x.res);
  const time = x.time ?? s.created;
  if (!time) return { reason: "missing_field" as const, detail: "time" };
  const deployment = /\/deployments\/([^/]+)\//.exec(path)?.[1];
  const req = isObject(x.req) ? x.req : {};
  return llmEvent(
    time,
    {
      "gen_ai.provider.name": providerOf(x.url.hostname),
      "gen_ai.operation.name": operation,
      "gen_ai.request.model": str(req, "model") ?? (deployment ? decode(deployment) : undefined),
      "gen_ai.response.model": s.model,
      "gen_ai.response.id": s.id,
      "gen_ai.response.finish_reasons": strings(s.finish),
      "gen_ai.usage.input_tokens": s.input,
      "gen_ai.usage.output_tokens": s.output,
      "gen_ai.conversation.id": /\/threads\/([^/]+)\//.exec(path)?.[1] ?? str(req, "previous_response_id"),
      "server.address": x.url.hostname,
      "error.type": errorType(x.status, x.res) ?? s.error,
    },
    {
      principal: str(req, "user") ?? str(req, "safety_identifier") ?? str(req, "metadata.user_id"),
      projectId: header(x.reqHeaders, "openai-project"),
      deployment: deployment ? decode(deployment) : undefined,
      userAgent: header(x.reqHeaders, "user-agent"),
    },
    { prompt: requestPrompt(x.req), completion: completionOf(s) },
  );
}

function parseBare(r: JsonObject) {
  const type = str(r, "type");
  const body = type && TERMINAL.has(type) && isObject(r.response) ? r.response : r;
  const object = str(body, "object");
  if (!object || !(BARE.has(object) || isEmbeddingList(body))) return { reason: "wrong_format" as const };
  const s = summarize(body);
  const time = wrapperTime(r) ?? s.created;
  if (!time) return { reason: "missing_field" as const, detail: "time" };
  return llmEvent(
    time,
    {
      "gen_ai.provider.name": "openai",
      "gen_ai.operation.name": objectOperation(object),
      "gen_ai.response.model": s.model,
      "gen_ai.response.id": s.id,
      "gen_ai.response.finish_reasons": strings(s.finish),
      "gen_ai.usage.input_tokens": s.input,
      "gen_ai.usage.output_tokens": s.output,
      "gen_ai.conversation.id": str(body, "previous_response_id"),
      "error.type": s.error,
    },
    { principal: str(body, "user") ?? str(body, "safety_identifier") },
    { prompt: str(body, "instructions"), completion: completionOf(s) },
  );
}

const isEmbeddingList = (r: JsonValue | undefined) => str(r, "object") === "list" && str(r, "data.0.object") === "embedding";
const isCompletionList = (r: JsonObject) =>
  r.object === "list" && Array.isArray(r.data) && r.data.length > 0 && r.data.every((d) => isObject(d) && BARE.has(str(d, "object") ?? ""));

function matches(r: JsonObject): boolean {
  const x = exchange(r);
  if (x) {
    const host = x.url.hostname;
    if (/(^|\.)anthropic\.com$|^bedrock-runtime/.test(host)) return false;
    if (host === "api.openai.com" || host.endsWith(".openai.azure.com")) return true;
    return endpointOperation(x.url.pathname.replace(/\/+$/, "")) !== undefined;
  }
  const type = str(r, "type");
  if (type && TERMINAL.has(type)) return str(r, "response.object") === "response";
  return (BARE.has(str(r, "object") ?? "") && typeof r.model === "string") || isEmbeddingList(r) || isCompletionList(r);
}

export const openaiParser: SourceParser = {
  source: "openai",
  label: "OpenAI API calls (chat, responses, completions, embeddings)",
  split: guardedSplit((v) => (isCompletionList(v) ? (v.data as JsonObject[]) : null)),
  matches: guardedMatch((r) => matches(r)),
  parse: safely((r) => {
    const x = exchange(r);
    return x ? parseExchange(x) : parseBare(r);
  }),
};
