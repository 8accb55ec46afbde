// Opaque keyset cursors for each findings sort: base64url of a small JSON tuple. Pure (also loaded client-side).
import { fromBase64Url, toBase64Url } from "@/lib/api/base64url";
import { SEVERITIES, type FindingSort, type Severity } from "./constants";

export type FindingCursor =
  | { sort: "last_seen" | "first_seen"; at: string; id: string }
  | { sort: "severity"; severity: Severity; at: string; id: string }
  | { sort: "sla"; at: string | null; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

export function encodeFindingCursor(c: FindingCursor): string {
  const tuple = c.sort === "severity" ? [c.sort, c.severity, c.at, c.id] : [c.sort, c.at, c.id];
  return toBase64Url(JSON.stringify(tuple));
}

/** The cursor, or null when it is not one of ours or belongs to another sort (the API answers 400). */
export function decodeFindingCursor(cursor: string, sort: FindingSort): FindingCursor | null {
  if (cursor.length > 300 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let tuple: unknown;
  try {
    tuple = JSON.parse(fromBase64Url(cursor));
  } catch {
    return null;
  }
  if (!Array.isArray(tuple) || tuple[0] !== sort) return null;
  const id = tuple[tuple.length - 1];
  if (typeof id !== "string" || !UUID.test(id)) return null;
  const isIso = (v: unknown): v is string => typeof v === "string" && ISO.test(v) && !Number.isNaN(Date.parse(v));
  if (sort === "severity") {
    const [, severity, at] = tuple;
    return tuple.length === 4 && SEVERITIES.includes(severity) && isIso(at) ? { sort, severity, at, id: id.toLowerCase() } : null;
  }
  const at = tuple[1];
  if (tuple.length !== 3) return null;
  if (sort === "sla") return at === null || isIso(at) ? { sort, at, id: id.toLowerCase() } : null;
  return isIso(at) ? { sort, at, id: id.toLowerCase() } : null;
}
