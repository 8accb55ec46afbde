// Helpers shared by the audit-log parsers (cloud and AI-platform audit events → CloudEvent). Pure, never throw.
// Audit records arrive in several spellings of the same field: Panther lower-cases some exports ("eventname"),
// renames "@type" to "at_sign_type", and vendors differ on "callerIp" / "callerIP". The `ci*` readers take path
// segments as separate arguments (keys may contain dots, e.g. Azure claim URIs or OpenAI "api_key.created") and
// fall back to a case-insensitive key match.
import type { CloudEvent, JsonObject, JsonValue, ParseOutcome } from "../types";
import { isObject, isoTime } from "./fields";

const MAX_FIELD = 2048;

function child(cur: JsonValue | undefined, key: string): JsonValue | undefined {
  if (Array.isArray(cur)) return /^\d+$/.test(key) ? cur[Number(key)] : undefined;
  if (!isObject(cur)) return undefined;
  if (Object.prototype.hasOwnProperty.call(cur, key)) return cur[key];
  const want = key.toLowerCase().replace(/^@/, "at_sign_");
  for (const k of Object.keys(cur)) if (k.toLowerCase().replace(/^@/, "at_sign_") === want) return cur[k];
  return undefined;
}

/** Value at a path of segments, each matched exactly, else case-insensitively ("@x" also matches "at_sign_x"). */
export function ci(r: JsonValue | undefined, ...path: string[]): JsonValue | undefined {
  let cur = r;
  for (const key of path) {
    cur = child(cur, key);
    if (cur === undefined) return undefined;
  }
  return cur;
}
/** Non-empty string (numbers are stringified), else undefined. */
export const cstr = (r: JsonValue | undefined, ...path: string[]): string | undefined => {
  const v = ci(r, ...path);
  return typeof v === "string" ? (v.trim() ? v : undefined) : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined;
};
export const cobj = (r: JsonValue | undefined, ...path: string[]): JsonObject | undefined => {
  const v = ci(r, ...path);
  return isObject(v) ? v : undefined;
};
export const carr = (r: JsonValue | undefined, ...path: string[]): JsonValue[] | undefined => {
  const v = ci(r, ...path);
  return Array.isArray(v) ? v : undefined;
};
export const has = (r: JsonValue | undefined, ...path: string[]) => ci(r, ...path) != null;
export const first = <T>(...values: (T | undefined)[]): T | undefined => values.find((v) => v !== undefined);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * isoTime plus two log quirks: fraction digits glued to the seconds ("2024-12-17 00:00:00000000") and the
 * Apache/S3 access-log stamp ("[06/Feb/2019:00:00:38 +0000]").
 */
export function auditTime(value: JsonValue | undefined): string | undefined {
  const iso = isoTime(value);
  if (iso || typeof value !== "string" || value.length > 64) return iso;
  const glued = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})(\d+)(Z?)$/.exec(value.trim());
  if (glued) return isoTime(`${glued[1]}.${glued[2]}${glued[3]}`);
  const clf = /^\[?(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}:\d{2}:\d{2})\s*([+-]\d{4})?\]?$/.exec(value.trim());
  const month = clf ? MONTHS.indexOf((clf[2] ?? "").toLowerCase()) : -1;
  if (!clf || month < 0) return undefined;
  return isoTime(`${clf[3]}-${String(month + 1).padStart(2, "0")}-${clf[1]}T${clf[4]}${clf[5] ?? "Z"}`);
}

/** The first field that holds a usable time, with Panther's normalized p_event_time as the last resort. */
export const firstTime = (r: JsonObject, ...paths: string[][]): string | undefined => {
  for (const p of [...paths, ["p_event_time"]]) {
    const t = auditTime(ci(r, ...p));
    if (t) return t;
  }
  return undefined;
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** An IPv4/IPv6 address from a caller field ("1.2.3.4", "1.2.3.4:5678", "[::1]:443"), else undefined. */
export function ipOf(value: string | undefined): string | undefined {
  if (!value || value.length > 64) return undefined;
  let v = value.trim();
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(v);
  if (bracketed?.[1]) v = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  if (IPV4.test(v)) return v;
  return v.includes(":") && /^[0-9a-fA-F:.]+$/.test(v) && (v.match(/:/g) ?? []).length >= 2 ? v.toLowerCase() : undefined;
}

/** A CloudEvent without undefined fields and with every string bounded. */
export function cloudEvent(fields: Omit<CloudEvent, "kind">): ParseOutcome {
  for (const key of ["service", "action"] as const) if (!fields[key]?.trim()) return { reason: "missing_field", detail: key };
  const event: Record<string, unknown> = { kind: "cloud" };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== "") event[k] = typeof v === "string" && v.length > MAX_FIELD ? v.slice(0, MAX_FIELD) : v;
  return { event: event as CloudEvent };
}

/** parse() wrapper: any exception becomes invalid_value, so parsers never throw. */
export function guarded(parse: (record: JsonObject) => ParseOutcome): (record: JsonObject) => ParseOutcome {
  return (record) => {
    try {
      if (!isObject(record)) return { reason: "wrong_format" };
      return parse(record);
    } catch {
      return { reason: "invalid_value" };
    }
  };
}

/** matches()/split() wrapper: an exception means "no". */
export function safe<A, R>(fn: (a: A) => R, fallback: R): (a: A) => R {
  return (a) => {
    try {
      return fn(a);
    } catch {
      return fallback;
    }
  };
}

/** Elements of a container array that are objects (non-objects cannot be records of an audit log). */
export const objects = (values: JsonValue[] | undefined): JsonObject[] => (values ?? []).filter(isObject);

export const missing = (detail: string): ParseOutcome => ({ reason: "missing_field", detail });
export const wrongFormat: ParseOutcome = { reason: "wrong_format" };
