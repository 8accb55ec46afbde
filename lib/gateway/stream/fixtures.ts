// Test fixtures: upstream SSE streams in the shapes OpenAI and Anthropic document, and a small regex guard.
import { SseParser, type SseEvent } from "./sse";
import type { StreamTransform } from "./stream-transform";
import type { GuardSpan, StreamTextGuardOptions } from "./text-guard";

export const SECRET = "sk-AbCdEfGhIjKlMnOpQrStUv";
/** A reply whose secret straddles three deltas and whose e-mail straddles two. */
export const REPLY_PIECES = ["Your key is sk-AbCdEf", "GhIjKlMnOp", "QrStUv, keep it safe. Mail ops@exa", "mple.com if lost."];
export const REPLY = REPLY_PIECES.join("");
export const GUARDED_REPLY = "Your key is [SECRET], keep it safe. Mail [EMAIL] if lost.";

const PATTERNS: [RegExp, string][] = [[/sk-[A-Za-z0-9]{20,40}/g, "SECRET"], [/[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,20}\.[A-Za-z]{2,6}/g, "EMAIL"]];

export function scan(text: string): GuardSpan[] {
  return PATTERNS.flatMap(([re, type]) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, type })));
}

export const guardOptions = (extra: Partial<StreamTextGuardOptions> = {}): StreamTextGuardOptions => ({
  scan, replace: (span) => `[${span.type}]`, lookBehind: 32, ...extra,
});
export const blockSecrets = () => guardOptions({ block: (span) => span.type === "SECRET" });

const data = (json: unknown) => `data: ${JSON.stringify(json)}\n\n`;
const event = (type: string, json: unknown) => `event: ${type}\ndata: ${JSON.stringify(json)}\n\n`;

export function chatStream(pieces: readonly string[] = REPLY_PIECES): string {
  const head = { id: "chatcmpl-1", object: "chat.completion.chunk", created: 1700000000, model: "gpt-4o-2024-08-06", system_fingerprint: null };
  const chunk = (delta: object, finish: string | null) => data({ ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage: null });
  return [
    chunk({ role: "assistant", content: "", refusal: null }, null),
    ...pieces.map((content) => chunk({ content }, null)),
    chunk({}, "stop"),
    data({ ...head, choices: [], usage: { prompt_tokens: 12, completion_tokens: 20, total_tokens: 32 } }),
    "data: [DONE]\n\n",
  ].join("");
}

export function responsesStream(pieces: readonly string[] = REPLY_PIECES): string {
  let n = 0;
  const e = (type: string, fields: object) => event(type, { type, sequence_number: n++, ...fields });
  const at = { item_id: "msg_1", output_index: 0, content_index: 0 };
  const text = pieces.join("");
  const part = (t: string) => ({ type: "output_text", annotations: [], logprobs: [], text: t });
  const item = (done: boolean) => ({ id: "msg_1", type: "message", role: "assistant", status: done ? "completed" : "in_progress", content: done ? [part(text)] : [] });
  const response = (done: boolean) => ({
    id: "resp_1", object: "response", status: done ? "completed" : "in_progress", model: "gpt-4.1-2025-04-14", output: done ? [item(true)] : [],
    incomplete_details: null, usage: done ? { input_tokens: 11, output_tokens: 21, total_tokens: 32 } : null,
  });
  return [
    e("response.created", { response: response(false) }),
    e("response.in_progress", { response: response(false) }),
    e("response.output_item.added", { output_index: 0, item: item(false) }),
    e("response.content_part.added", { ...at, part: part("") }),
    ...pieces.map((delta) => e("response.output_text.delta", { ...at, delta, logprobs: [] })),
    e("response.output_text.done", { ...at, text, logprobs: [] }),
    e("response.content_part.done", { ...at, part: part(text) }),
    e("response.output_item.done", { output_index: 0, item: item(true) }),
    e("response.completed", { response: response(true) }),
  ].join("");
}

export function anthropicStream(pieces: readonly string[] = REPLY_PIECES): string {
  const message = { id: "msg_01", type: "message", role: "assistant", model: "claude-sonnet-4-5-20250929", content: [], stop_reason: null, usage: { input_tokens: 13, output_tokens: 1 } };
  return [
    event("message_start", { type: "message_start", message }),
    event("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
    event("ping", { type: "ping" }),
    ...pieces.map((text) => event("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text } })),
    event("content_block_stop", { type: "content_block_stop", index: 0 }),
    event("message_delta", { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: 22 } }),
    event("message_stop", { type: "message_stop" }),
  ].join("");
}

/** Feeds `chunks` through the transform and returns everything it sent. */
export function runTransform(transform: StreamTransform, chunks: readonly string[]): string {
  return chunks.map((c) => transform.push(c)).join("") + transform.end();
}

export function parseEvents(text: string): SseEvent[] {
  const parser = new SseParser();
  return [...parser.push(text), ...parser.end()];
}

/** The JSON payloads of the events (non-JSON data as the raw string). */
export const payloads = (text: string): unknown[] =>
  parseEvents(text).map((e) => {
    try {
      return JSON.parse(e.data) as unknown;
    } catch {
      return e.data;
    }
  });
