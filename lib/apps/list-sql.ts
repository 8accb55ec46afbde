// The apps list as SQL for the pg pool (lib/apps/server/list-apps.ts): filters, keyset condition and order. Pure.
// Prisma's query compiler cost more CPU than the query itself on this page (one WASM compile per request).
import { Prisma } from "@/lib/generated/prisma/client";
import { likeContaining } from "@/lib/server/sql-like";
import type { KeyField, SortKey } from "./list-query";
import type { TListAppsQuery } from "./list-schemas";

const COLUMN: Record<KeyField, Prisma.Sql> = {
  name: Prisma.sql`a.name`, updatedAt: Prisma.sql`a.updated_at`, criticality: Prisma.sql`a.criticality`, id: Prisma.sql`a.id`,
};

// A cursor value typed like its column. Criticality compares in its declared order (Postgres' enum order).
function cursorParam(field: KeyField, value: string): Prisma.Sql {
  if (field === "criticality") return Prisma.sql`${value}::"Criticality"`;
  if (field === "updatedAt") return Prisma.sql`${value}::timestamptz`;
  if (field === "id") return Prisma.sql`${value}::uuid`;
  return Prisma.sql`${value}`;
}

/** The org's apps matching the filters (alias a). Nested lookups name the org too. */
export function appFilterSql(orgId: string, f: Pick<TListAppsQuery, "q" | "owner" | "lifecycle" | "provider" | "exposure">): Prisma.Sql {
  const parts = [Prisma.sql`a.org_id = ${orgId}::uuid`];
  if (f.owner) parts.push(Prisma.sql`a.owner_id = ${f.owner}::uuid`);
  if (f.lifecycle) parts.push(Prisma.sql`a.lifecycle = ${f.lifecycle}::"Lifecycle"`);
  if (f.exposure) parts.push(Prisma.sql`a.exposure = ${f.exposure}::"Exposure"`);
  if (f.provider) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM model_usages mu WHERE mu.org_id = ${orgId}::uuid AND mu.app_id = a.id AND mu.provider = ${f.provider})`);
  const q = f.q?.trim();
  if (q) {
    const like = likeContaining(q);
    parts.push(Prisma.sql`(a.name ILIKE ${like} OR a.description ILIKE ${like} OR a.business_unit ILIKE ${like} OR ${q} = ANY(a.tags)
      OR EXISTS (SELECT 1 FROM model_usages mu WHERE mu.org_id = ${orgId}::uuid AND mu.app_id = a.id AND mu.model_id ILIKE ${like}))`);
  }
  return Prisma.join(parts, " AND ");
}

/** Rows strictly after the cursor position: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … */
export function keysetSql(keys: SortKey[], values: string[]): Prisma.Sql {
  const branches = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => Prisma.sql`${COLUMN[k.field]} = ${cursorParam(k.field, values[j]!)}`);
    const beyond = Prisma.sql`${COLUMN[key.field]} ${Prisma.raw(key.dir === "asc" ? ">" : "<")} ${cursorParam(key.field, values[i]!)}`;
    return Prisma.sql`(${Prisma.join([...equal, beyond], " AND ")})`;
  });
  return Prisma.sql`(${Prisma.join(branches, " OR ")})`;
}

export const orderSql = (keys: SortKey[]): Prisma.Sql =>
  Prisma.join(keys.map((k) => Prisma.sql`${COLUMN[k.field]} ${Prisma.raw(k.dir === "asc" ? "ASC" : "DESC")}`), ", ");
