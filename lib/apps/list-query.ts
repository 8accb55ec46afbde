// Turns the list query (filters, sort, cursor or page) into Prisma arguments. Pure: no database access.
import type { Prisma } from "@/lib/generated/prisma/client";
import { CRITICALITIES, type Criticality } from "./constants";
import { DEFAULT_ORDER, type AppSort, type SortOrder, type TListAppsQuery } from "./list-schemas";

type KeyField = "name" | "updatedAt" | "criticality" | "id";
export type SortKey = { field: KeyField; dir: SortOrder };
export type CursorRow = { id: string; name: string; updatedAt: Date; criticality: Criticality };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sort keys in order, always ending with the id so that every row has a unique position. */
export function sortKeys(sort: AppSort, order: SortOrder = DEFAULT_ORDER[sort]): SortKey[] {
  if (sort === "criticality") return [{ field: "criticality", dir: order }, { field: "name", dir: "asc" }, { field: "id", dir: "asc" }];
  return [{ field: sort, dir: order }, { field: "id", dir: order }];
}

export function appFilterWhere(orgId: string, f: Pick<TListAppsQuery, "q" | "owner" | "lifecycle" | "provider" | "exposure">): Prisma.LlmAppWhereInput {
  const q = f.q?.trim();
  const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });
  return {
    orgId,
    ...(f.owner ? { ownerId: f.owner } : {}),
    ...(f.lifecycle ? { lifecycle: f.lifecycle } : {}),
    ...(f.exposure ? { exposure: f.exposure } : {}),
    ...(f.provider ? { modelUsages: { some: { orgId, provider: f.provider } } } : {}),
    ...(q
      ? {
          OR: [
            { name: contains(q) },
            { description: contains(q) },
            { businessUnit: contains(q) },
            { tags: { has: q } },
            { modelUsages: { some: { orgId, modelId: contains(q) } } },
          ],
        }
      : {}),
  };
}

export const appOrderBy = (keys: SortKey[]): Prisma.LlmAppOrderByWithRelationInput[] => keys.map((k) => ({ [k.field]: k.dir }));

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

function equals(field: KeyField, value: string): Prisma.LlmAppWhereInput {
  if (field === "updatedAt") return { updatedAt: new Date(value) };
  if (field === "criticality") return { criticality: value as Criticality };
  return { [field]: value };
}

function after(key: SortKey, value: string): Prisma.LlmAppWhereInput {
  const op = key.dir === "asc" ? "gt" : "lt";
  if (key.field === "criticality") {
    // Prisma has no range operators on enums; compare by position in the declared order (Postgres' enum order).
    const rank = CRITICALITIES.indexOf(value as Criticality);
    const later = CRITICALITIES.filter((_, i) => (key.dir === "asc" ? i > rank : i < rank));
    return { criticality: { in: [...later] } };
  }
  if (key.field === "updatedAt") return { updatedAt: { [op]: new Date(value) } };
  return { [key.field]: { [op]: value } };
}

/** Rows strictly after the cursor position: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … */
export function keysetWhere(keys: SortKey[], values: string[]): Prisma.LlmAppWhereInput {
  return {
    OR: keys.map((key, i) => ({
      AND: [...keys.slice(0, i).map((k, j) => equals(k.field, values[j]!)), after(key, values[i]!)],
    })),
  };
}

export type AppListArgs = {
  keys: SortKey[];
  countWhere: Prisma.LlmAppWhereInput;
  where: Prisma.LlmAppWhereInput;
  orderBy: Prisma.LlmAppOrderByWithRelationInput[];
  skip: number;
  /** One more than the page size, to tell whether another page follows. */
  take: number;
};

/** Returns null when the cursor is invalid for this query. */
export function buildAppListArgs(orgId: string, query: TListAppsQuery): AppListArgs | null {
  const keys = sortKeys(query.sort, query.order);
  const countWhere = appFilterWhere(orgId, query);
  const values = query.cursor ? decodeCursor(keys, query.cursor) : null;
  if (query.cursor && !values) return null;
  return {
    keys,
    countWhere,
    where: values ? { ...countWhere, AND: [keysetWhere(keys, values)] } : countWhere,
    orderBy: appOrderBy(keys),
    skip: query.page ? (query.page - 1) * query.limit : 0,
    take: query.limit + 1,
  };
}
