// Lines → JSON records, each checked the same way: UTF-8, JSON, an object, nesting depth, no prototype keys.
import type { JsonObject, RejectReason } from "../types";

const decoder = new TextDecoder("utf-8", { fatal: true });

export type DecodedRecord = { ok: true; record: JsonObject } | { ok: false; reason: RejectReason; detail?: string };

// One walk over the parsed value: nesting depth, and "__proto__" keys however they were spelled ("\u005f_proto__").
function inspect(value: unknown, max: number): "too_deep" | "forbidden_key" | null {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d > max) return "too_deep";
    if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, "__proto__")) return "forbidden_key";
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === "object") stack.push([child, d + 1]);
  }
  return null;
}

/**
 * Cheap proof from the text alone that the walk would find nothing: no "__proto__" (a key can only spell it
 * literally or with a \u escape) and fewer brackets than the depth limit (strings' brackets only overcount).
 */
function plainlySafe(text: string, maxDepth: number): boolean {
  if (text.includes("__proto__") || text.includes("\\u")) return false;
  // indexOf is a native scan: a record has a few dozen brackets but hundreds of other characters.
  let brackets = 0;
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i + 1)) if (++brackets >= maxDepth) return false;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", i + 1)) if (++brackets >= maxDepth) return false;
  return true;
}

export function decodeText(bytes: Buffer): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

// \u0000 not itself escaped (\\u0000 is a backslash followed by the text u0000).
const ESCAPED_NUL = /(?<!\\)(?:\\\\)*\\u0000/i;

/** One JSON text → one object record, or the reason it is refused. */
export function parseRecord(text: string, maxDepth: number): DecodedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 overflows its stack on absurd nesting before our depth check can run.
    return error instanceof RangeError ? { ok: false, reason: "too_deep" } : { ok: false, reason: "malformed_json", detail: (error as Error).message.slice(0, 200) };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, reason: "not_an_object" };
  // Postgres text cannot hold U+0000: such a record would fail its whole batch (found by the bad-input fuzz proof).
  if (text.includes("\\u") && ESCAPED_NUL.test(text)) return { ok: false, reason: "invalid_value", detail: "a NUL character (\\u0000) in a string" };
  const problem = plainlySafe(text, maxDepth) ? null : inspect(value, maxDepth);
  if (problem) return { ok: false, reason: problem, detail: problem === "too_deep" ? `nesting deeper than ${maxDepth}` : "__proto__ key" };
  return { ok: true, record: value as JsonObject };
}

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Envelopes around the event: Panther and SIEM exports ({"log_type", "log": {...}}) and OpenAI's API-reference
 * examples ({"endpoint", "example_title", "response": {...}}). The event is the inner object.
 */
export function unwrapEnvelope(record: JsonObject): JsonObject {
  if (typeof record.log_type === "string" && isObject(record.log)) return record.log;
  if (typeof record.example_title === "string" && typeof record.endpoint === "string" && isObject(record.response)) return record.response;
  return record;
}
