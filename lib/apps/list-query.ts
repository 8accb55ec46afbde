// The list's sort keys and opaque keyset cursors (their SQL is list-sql.ts). Pure.
import { CRITICALITIES, type Criticality } from "./constants";
import { DEFAULT_ORDER, type AppSort, type SortOrder } from "./list-schemas";

export type KeyField = "name" | "updatedAt" | "criticality" | "id";
export type SortKey = { field: KeyField; dir: SortOrder };
export type CursorRow = { id: string; name: string; updatedAt: Date; criticality: Criticality };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sort keys in order, always ending with the id so that every row has a unique position. */
export function sortKeys(sort: AppSort, order: SortOrder = DEFAULT_ORDER[sort]): SortKey[] {
  if (sort === "criticality") return [{ field: "criticality", dir: order }, { field: "name", dir: "asc" }, { field: "id", dir: "asc" }];
  return [{ field: sort, dir: order }, { field: "id", dir: order }];
}

const cursorValue = (row: CursorRow, field: KeyField) => (field === "updatedAt" ? row.updatedAt.toISOString() : row[field]);

/** An opaque cursor pointing just after `row`, bound to the sort it was made for. */
export function encodeCursor(keys: SortKey[], row: CursorRow): string {
  const payload = { k: keys.map((k) => `${k.field}:${k.dir}`).join(","), v: keys.map((k) => cursorValue(row, k.field)) };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/** The cursor's values, or null when it is malformed or was made for another sort. */
export function decodeCursor(keys: SortKey[], cursor: string): string[] | null {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const { k, v } = (payload ?? {}) as { k?: unknown; v?: unknown };
  if (k !== keys.map((key) => `${key.field}:${key.dir}`).join(",") || !Array.isArray(v) || v.length !== keys.length) return null;
  const valid = keys.every((key, i) => typeof v[i] === "string" && isValidValue(key.field, v[i]));
  return valid ? (v as string[]) : null;
}

function isValidValue(field: KeyField, value: string) {
  if (field === "id") return UUID.test(value);
  if (field === "criticality") return (CRITICALITIES as readonly string[]).includes(value);
  if (field === "updatedAt") return !Number.isNaN(Date.parse(value));
  return value.length <= 120;
}
