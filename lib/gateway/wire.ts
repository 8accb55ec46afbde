// The providers' wire formats, as far as the gateway reads and rewrites them (pure): where the texts of a request
// and a response are, which model and token caps a request asks for, what usage a response reports, and the
// error bodies the SDKs expect (OpenAI- or Anthropic-shaped).
import type { GatewayProvider } from "./schemas";

export type GatewayOperation = "chat" | "responses" | "embeddings" | "messages";
export const OPERATION_PROVIDER: Record<GatewayOperation, GatewayProvider> = { chat: "openai", responses: "openai", embeddings: "openai", messages: "anthropic" };
/** gen_ai.operation.name of each endpoint. */
export const OTEL_OPERATION: Record<GatewayOperation, string> = { chat: "chat", responses: "chat", embeddings: "embeddings", messages: "chat" };
/** The upstream path after the credential's base URL (OpenAI's base ends in /v1, Anthropic's does not). */
export const UPSTREAM_PATH: Record<GatewayOperation, string> = { chat: "/chat/completions", responses: "/responses", embeddings: "/embeddings", messages: "/v1/messages" };

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Calls `visit` on every text slot of a request; a returned string replaces the slot in place. */
export function rewriteRequestTexts(op: GatewayOperation, body: Json, visit: (text: string) => string): void {
  const parts = (holder: Json, key: string, textKeys: readonly string[]) => {
    const v = holder[key];
    if (typeof v === "string") holder[key] = visit(v);
    else if (Array.isArray(v)) {
      v.forEach((p, i) => {
        if (typeof p === "string") v[i] = visit(p);
        else if (isObj(p)) for (const k of textKeys) if (typeof p[k] === "string") p[k] = visit(p[k] as string);
      });
    }
  };
  if (op === "embeddings") return parts(body, "input", []);
  if (op === "messages") parts(body, "system", ["text"]);
  if (op === "responses") {
    if (typeof body.instructions === "string") body.instructions = visit(body.instructions);
    if (typeof body.input === "string") return void (body.input = visit(body.input));
  }
  const list = op === "responses" ? body.input : body.messages;
  if (!Array.isArray(list)) return;
  for (const m of list) if (isObj(m)) parts(m, "content", ["text"]);
}

/** Every text of a request, in order (for token estimates and metering). */
export function requestTexts(op: GatewayOperation, body: Json): string[] {
  const texts: string[] = [];
  rewriteRequestTexts(op, structuredClone(body), (t) => (texts.push(t), t));
  return texts;
}

/** Calls `visit` on every text slot of a (non-streamed) response; a returned string replaces it. */
export function rewriteResponseTexts(op: GatewayOperation, body: Json, visit: (text: string) => string): void {
  if (op === "chat" && Array.isArray(body.choices)) {
    for (const c of body.choices) if (isObj(c) && isObj(c.message) && typeof c.message.content === "string") c.message.content = visit(c.message.content);
  } else if (op === "responses" && Array.isArray(body.output)) {
    for (const item of body.output) {
      if (!isObj(item) || !Array.isArray(item.content)) continue;
      for (const part of item.content) if (isObj(part) && typeof part.text === "string") part.text = visit(part.text);
    }
    if (typeof body.output_text === "string") body.output_text = visit(body.output_text);
  } else if (op === "messages" && Array.isArray(body.content)) {
    for (const part of body.content) if (isObj(part) && typeof part.text === "string") part.text = visit(part.text);
  }
}

export const requestedModel = (body: Json): string | null => (typeof body.model === "string" && body.model.length <= 200 ? body.model : null);
export const wantsStream = (body: Json) => body.stream === true;

/** The output-token cap the request asks for (max_tokens, max_completion_tokens, max_output_tokens). */
export function requestedMaxOutput(body: Json): number | null {
  const v = body.max_completion_tokens ?? body.max_output_tokens ?? body.max_tokens;
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : null;
}

/** About 4 characters a token: good enough to admit a call against a tokens-per-minute limit. */
export const estimateTokens = (texts: readonly string[]) => Math.ceil(texts.reduce((n, t) => n + t.length, 0) / 4);

export type UsageFacts = { responseId?: string; responseModel?: string; inputTokens?: number; outputTokens?: number; finishReasons: string[] };
const n = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
const s = (v: unknown) => (typeof v === "string" && v ? v.slice(0, 200) : undefined);

/** What a non-streamed response reports about itself. */
export function responseFacts(op: GatewayOperation, body: Json): UsageFacts {
  const usage = isObj(body.usage) ? body.usage : {};
  const facts: UsageFacts = { responseId: s(body.id), responseModel: s(body.model), finishReasons: [] };
  if (op === "chat" || op === "embeddings") {
    facts.inputTokens = n(usage.prompt_tokens);
    facts.outputTokens = op === "embeddings" ? 0 : n(usage.completion_tokens);
    if (Array.isArray(body.choices)) for (const c of body.choices) if (isObj(c) && typeof c.finish_reason === "string") facts.finishReasons.push(c.finish_reason);
  } else {
    facts.inputTokens = n(usage.input_tokens);
    facts.outputTokens = n(usage.output_tokens);
    const reason = op === "messages" ? body.stop_reason : body.status;
    if (typeof reason === "string") facts.finishReasons.push(reason);
  }
  return facts;
}

export type GatewayErrorKind = "unauthenticated" | "forbidden" | "bad_request" | "blocked" | "rate_limited" | "budget" | "upstream" | "not_found";
const STATUS: Record<GatewayErrorKind, number> = { unauthenticated: 401, forbidden: 403, bad_request: 400, blocked: 400, rate_limited: 429, budget: 429, upstream: 502, not_found: 404 };
const OPENAI_TYPE: Record<GatewayErrorKind, [type: string, code: string | null]> = {
  unauthenticated: ["invalid_request_error", "invalid_api_key"],
  forbidden: ["invalid_request_error", "model_not_allowed"],
  bad_request: ["invalid_request_error", null],
  blocked: ["invalid_request_error", "content_policy_violation"],
  rate_limited: ["requests", "rate_limit_exceeded"],
  budget: ["insufficient_quota", "budget_exceeded"],
  upstream: ["server_error", "upstream_error"],
  not_found: ["invalid_request_error", "unknown_url"],
};
const ANTHROPIC_TYPE: Record<GatewayErrorKind, string> = {
  unauthenticated: "authentication_error", forbidden: "permission_error", bad_request: "invalid_request_error", blocked: "invalid_request_error",
  rate_limited: "rate_limit_error", budget: "rate_limit_error", upstream: "api_error", not_found: "not_found_error",
};

/** A refusal in the provider's own error shape, so SDKs raise their usual typed errors. */
export function gatewayError(provider: GatewayProvider, kind: GatewayErrorKind, message: string, retryAfter?: number): Response {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
  const [type, code] = OPENAI_TYPE[kind];
  const body = provider === "openai" ? { error: { message, type, param: null, code } } : { type: "error", error: { type: ANTHROPIC_TYPE[kind], message } };
  return new Response(JSON.stringify(body), { status: STATUS[kind], headers });
}
