// Safe readers over parsed JSON records, shared by every source parser. They never throw: a missing or
// mistyped field reads as undefined.
import type { JsonObject, JsonValue } from "../types";

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

// Parsers read a few dozen literal paths per record: split each once, not on every read.
const PATHS_KEPT = 4096;
const splitPaths = new Map<string, readonly string[]>();
function keysOf(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split(".");
    if (splitPaths.size < PATHS_KEPT) splitPaths.set(path, keys);
  }
  return keys;
}

/** The value at a dotted path ("a.b.c"); array indexes are allowed as segments ("choices.0.message"). */
export function at(record: JsonValue | undefined, path: string): JsonValue | undefined {
  let cur: JsonValue | undefined = record;
  for (const key of keysOf(path)) {
    if (Array.isArray(cur)) cur = /^\d+$/.test(key) ? cur[Number(key)] : undefined;
    else if (isObject(cur)) cur = Object.prototype.hasOwnProperty.call(cur, key) ? cur[key] : undefined;
    else return undefined;
  }
  return cur;
}

export const str = (r: JsonValue | undefined, path: string): string | undefined => {
  const v = at(r, path);
  return typeof v === "string" && v.length > 0 ? v : typeof v === "number" ? String(v) : undefined;
};
export const num = (r: JsonValue | undefined, path: string): number | undefined => {
  const v = at(r, path);
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
export const obj = (r: JsonValue | undefined, path: string): JsonObject | undefined => {
  const v = at(r, path);
  return isObject(v) ? v : undefined;
};
export const arr = (r: JsonValue | undefined, path: string): JsonValue[] | undefined => {
  const v = at(r, path);
  return Array.isArray(v) ? v : undefined;
};
export { isObject };

/** First present string among several paths. */
export const firstStr = (r: JsonValue | undefined, ...paths: string[]) => paths.map((p) => str(r, p)).find((v) => v !== undefined);

/**
 * ISO 8601 UTC from the timestamp shapes logs use: ISO strings (any fraction length, with or without zone;
 * no zone means UTC), "YYYY-MM-DD HH:MM:SS[.fffffffff]", epoch seconds / milliseconds / nanoseconds (numbers or
 * digit strings). Undefined when unparseable or outside 1990–2100.
 */
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digitsAt = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * The instant of "YYYY-MM-DDTHH:MM:SS.sssZ" or "YYYY-MM-DDTHH:MM:SSZ" (what most logs write) when every field is in
 * range, else NaN. For such text isoTime's general path (regex, Date.parse, toISOString) returns the canonical form
 * of the same text, so it is skipped: that path was a tenth of the parsing time of a log line.
 */
function canonicalUtc(s: string): number {
  const n = s.length;
  if ((n !== 24 && n !== 20) || s.charCodeAt(n - 1) !== 90 || s.charCodeAt(10) !== 84) return NaN; // Z, T
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN; // - - : :
  if (n === 24 && s.charCodeAt(19) !== 46) return NaN; // .
  const [y, mo, d, h, mi, sec] = [digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10), digitsAt(s, 11, 13), digitsAt(s, 14, 16), digitsAt(s, 17, 19)];
  const ms = n === 24 ? digitsAt(s, 20, 23) : 0;
  if (y < 1000 || ms < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!)) return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

export function isoTime(value: JsonValue | undefined): string | undefined {
  if (typeof value === "string") {
    const utc = canonicalUtc(value);
    if (!Number.isNaN(utc)) return utc < EARLIEST || utc > LATEST ? undefined : value.length === 24 ? value : `${value.slice(0, 19)}.000Z`;
  }
  let ms: number;
  if (typeof value === "number" || (typeof value === "string" && /^\d{9,19}$/.test(value))) {
    const n = Number(value);
    ms = n > 1e17 ? n / 1e6 : n > 1e14 ? n / 1e3 : n > 1e11 ? n : n * 1000;
  } else if (typeof value === "string") {
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
    if (!m) return undefined;
    const fraction = (m[3] ?? "").slice(0, 3).padEnd(3, "0");
    const zone = !m[4] || m[4].toUpperCase() === "Z" ? "Z" : m[4].includes(":") ? m[4] : `${m[4].slice(0, 3)}:${m[4].slice(3)}`;
    ms = Date.parse(`${m[1]}T${m[2]}.${fraction}${zone}`);
  } else {
    return undefined;
  }
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > LATEST) return undefined;
  return new Date(Math.round(ms)).toISOString();
}

/** Text of chat-style content: a string, or an array of parts ({text} / {type:"text", text} / {content}). */
export function contentText(content: JsonValue | undefined): string | undefined {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return undefined;
  const parts = content.map((p) => (typeof p === "string" ? p : isObject(p) ? (str(p, "text") ?? contentText(p.content)) : undefined)).filter((t): t is string => !!t);
  return parts.length ? parts.join("\n") : undefined;
}
