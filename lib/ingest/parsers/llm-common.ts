// Helpers shared by the LLM parsers (openai, anthropic, bedrock, azure-openai, otlp, usage reports): HTTP
// exchange records, SSE bodies, message texts, and the event builder. Pure and never throwing.
import type { CallerIdentity, GenAiAttributes, JsonObject, JsonValue, LlmEvent, ParseOutcome } from "../types";
import { at, isObject, isoTime, num, str } from "./fields";

/** DLP texts are bounded: 64 KiB of UTF-8 at most. */
export const TEXT_LIMIT = 64 * 1024;
const encoder = new TextEncoder();
export function bound(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (text.length * 3 <= TEXT_LIMIT || encoder.encode(text).length <= TEXT_LIMIT) return text;
  let cut = text.slice(0, TEXT_LIMIT);
  while (encoder.encode(cut).length > TEXT_LIMIT) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut;
}
export const joinTexts = (texts: (string | undefined)[]) => bound(texts.filter((t): t is string => !!t && t.trim() !== "").join("\n"));

/**
 * Text of message content in any provider shape: a string, parts {text}, {type:"text", text}, OTel parts
 * {type:"text", content}, Bedrock guard content {guardContent:{text:{text}}}, nested {content}.
 */
export function partsText(v: JsonValue | undefined, depth = 0): string | undefined {
  if (typeof v === "string") return v;
  if (depth > 6) return undefined;
  if (Array.isArray(v)) return joinTexts(v.map((p) => partsText(p, depth + 1)));
  if (!isObject(v)) return undefined;
  if (typeof v.text === "string") return v.text;
  if (isObject(v.text)) return partsText(v.text, depth + 1);
  if (isObject(v.guardContent)) return partsText(v.guardContent, depth + 1);
  if (typeof v.content === "string" || Array.isArray(v.content)) return partsText(v.content, depth + 1);
  if (v.type === "function_call_output" && typeof v.output === "string") return v.output; // Responses API tool result
  return undefined;
}

/** Texts of chat messages, skipping some roles (e.g. assistant history in a prompt). */
export function messagesText(messages: JsonValue | undefined, skipRoles: string[] = []): string | undefined {
  if (!Array.isArray(messages)) return typeof messages === "string" ? bound(messages) : undefined;
  return joinTexts(messages.map((m) => (isObject(m) && skipRoles.includes(str(m, "role") ?? "") ? undefined : partsText(isObject(m) ? (m.content ?? m.parts) : m))));
}

/** ISO time from record time fields, HTTP dates ("Tue, 27 Feb 2024 11:37:16 GMT") included. */
export function anyTime(v: JsonValue | undefined): string | undefined {
  if (typeof v === "string" && /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(v.trim())) {
    const ms = Date.parse(v);
    return Number.isFinite(ms) ? isoTime(ms) : undefined;
  }
  return isoTime(v);
}
/** First usable time among the common top-level wrapper fields a log shipper adds. */
const WRAPPER_TIME_KEYS = ["timestamp", "time", "@timestamp", "created_at", "createdAt", "date"];
export function wrapperTime(r: JsonObject): string | undefined {
  for (const key of WRAPPER_TIME_KEYS) {
    const time = anyTime(r[key]);
    if (time) return time;
  }
  return undefined;
}

/** A header value from VCR ({name: [values]}) or plain ({name: value}) header maps, case-insensitive. */
export function header(headers: JsonValue | undefined, name: string): string | undefined {
  if (!isObject(headers)) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const v = key === undefined ? undefined : headers[key];
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first !== "string" || first === "") return undefined;
  return /^b'.*'$/.test(first) ? first.slice(2, -1) : first; // Python bytes repr kept by some recorders
}

/** A JSON body kept as text is parsed; anything else is returned as is. */
export function jsonBody(v: JsonValue | undefined): JsonValue | undefined {
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (!t.startsWith("{") && !t.startsWith("[")) return v;
  try {
    return JSON.parse(t) as JsonValue;
  } catch {
    return v;
  }
}

/** The JSON objects of a server-sent-events body ("data: {…}" lines); "[DONE]" and broken lines are skipped. */
export function sseObjects(text: string): JsonObject[] {
  const out: JsonObject[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^data:\s?(.*)$/.exec(line);
    if (!m?.[1] || m[1].trim() === "[DONE]") continue;
    const v = jsonBody(m[1].trim());
    if (isObject(v)) out.push(v);
  }
  return out;
}

function safeUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

export type Exchange = {
  url: URL;
  method: string;
  status?: number;
  reqHeaders?: JsonValue;
  resHeaders?: JsonValue;
  req: JsonValue | undefined;
  res: JsonValue | undefined; // parsed JSON body, or the text of a stream
  time?: string;
};

/** A recorded HTTP exchange {request:{method, uri|url, headers, body}, response:{status, headers, body}}. */
export function exchange(r: JsonObject): Exchange | undefined {
  const request = r.request;
  const response = r.response;
  if (!isObject(request) || !isObject(response)) return undefined;
  const raw = str(request, "uri") ?? str(request, "url");
  const url = raw ? safeUrl(raw) : undefined;
  if (!url) return undefined;
  const resHeaders = response.headers;
  return {
    url,
    method: (str(request, "method") ?? "POST").toUpperCase(),
    status: num(response, "status") ?? num(response, "status_code") ?? num(response, "status.code"),
    reqHeaders: request.headers,
    resHeaders,
    req: jsonBody(request.body),
    res: jsonBody(response.body),
    time: wrapperTime(r) ?? anyTime(header(resHeaders, "date")),
  };
}

/** A URL path with its id segments (thread_…, asst_…, long hex/base62 ids) replaced by {id}, for reject details. */
export const idless = (path: string) => path.replace(/\/(?=[^/]*\d)[A-Za-z]+_[A-Za-z0-9]+|\/[A-Za-z0-9-]{20,}/g, "/{id}").slice(0, 120);

/** error.type of a failed exchange: the provider's error code/type, else the HTTP status. */
export function errorType(status: number | undefined, body: JsonValue | undefined): string | undefined {
  const provider = str(body, "error.code") ?? str(body, "error.type") ?? (typeof at(body, "error") === "string" ? str(body, "error") : undefined);
  if (status !== undefined && status >= 400) return provider ?? String(status);
  return provider;
}

/** A non-negative token count, or undefined. */
export function count(r: JsonValue | undefined, ...paths: string[]): number | undefined {
  for (const path of paths) {
    const n = num(r, path);
    if (n !== undefined && n >= 0) return n;
  }
  return undefined;
}

/** A non-negative number from a number or a digit string (e.g. a header value). */
export const numeric = (v: JsonValue | undefined): number | undefined => count({ v: v ?? null }, "v");

export const strings = (v: JsonValue | undefined) => {
  const list = (Array.isArray(v) ? v : []).filter((s): s is string => typeof s === "string" && s !== "");
  return list.length ? [...new Set(list)] : undefined;
};

type Attrs = Partial<GenAiAttributes> & Pick<GenAiAttributes, "gen_ai.provider.name" | "gen_ai.operation.name">;
type Extra = Omit<LlmEvent, "kind" | "time" | "attributes" | "identity">;

/** A copy without undefined, empty-string and empty-array fields (three per event: a loop, not entries/fromEntries). */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) {
    const v = (o as Record<string, unknown>)[key];
    // "__proto__" cannot come from a record (parseRecord refuses such keys); skipped rather than assigned anyway.
    if (v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0) && key !== "__proto__") out[key] = v;
  }
  return out as T;
}

/** The LlmEvent, with undefined fields left out. */
export function llmEvent(time: string, attributes: Attrs, identity: CallerIdentity = {}, extra: Extra = {}): ParseOutcome {
  return { event: { kind: "llm", time, attributes: compact(attributes) as GenAiAttributes, identity: compact(identity), ...compact(extra) } };
}

/** decodeURIComponent that keeps the input when it is not valid percent-encoding (instead of throwing). */
export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** matches() / split() never throw either: a failure reads as "not mine" / "not a container". */
export const guardedMatch = (fn: (r: JsonObject) => boolean) => (r: JsonObject) => {
  try {
    return isObject(r) && fn(r);
  } catch {
    return false;
  }
};
export const guardedSplit = (fn: (v: JsonObject) => JsonObject[] | null) => (v: JsonObject) => {
  try {
    return isObject(v) ? fn(v) : null;
  } catch {
    return null;
  }
};

/** parse() never throws: an unexpected failure is an invalid value. */
export function safely(parse: (r: JsonObject) => ParseOutcome): (r: JsonObject) => ParseOutcome {
  return (r) => {
    try {
      if (!isObject(r)) return { reason: "wrong_format" };
      return parse(r);
    } catch (e) {
      return { reason: "invalid_value", detail: e instanceof Error ? e.message.slice(0, 200) : "parse error" };
    }
  };
}
