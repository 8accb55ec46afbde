// One org's footprint in every tenant table (every table with an org_id column, found in the catalog so a new
// table is included): row count, latest updated_at where the table has one, and a digest of the rows themselves.
import { queryRows } from "@/lib/server/pg-pool";

export type TenantSnapshot = Record<string, { rows: number; updatedAt: string | null; digest: string | null }>;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function tenantTables(): Promise<{ table: string; hasUpdatedAt: boolean }[]> {
  const rows = await queryRows<{ table_name: string; has_updated_at: boolean }>({ values: [], text: `
    SELECT c.table_name, bool_or(u.column_name IS NOT NULL) AS has_updated_at
    FROM information_schema.columns c
    LEFT JOIN information_schema.columns u ON u.table_schema = c.table_schema AND u.table_name = c.table_name AND u.column_name = 'updated_at'
    WHERE c.table_schema = current_schema() AND c.column_name = 'org_id'
    GROUP BY c.table_name ORDER BY c.table_name` });
  return rows.map((r) => ({ table: r.table_name, hasUpdatedAt: r.has_updated_at }));
}

export async function snapshotOrg(orgId: string): Promise<TenantSnapshot> {
  const snapshot: TenantSnapshot = {};
  const tables = [{ table: "organizations", hasUpdatedAt: true, column: "id" }, ...(await tenantTables()).map((t) => ({ ...t, column: "org_id" }))];
  for (const { table, hasUpdatedAt, column } of tables) {
    // Identifiers come from the catalog above, the org id is a bound parameter.
    const [row] = await queryRows<{ rows: string; updated_at: Date | null; digest: string | null }>({
      text: `SELECT count(*) AS rows, ${hasUpdatedAt ? "max(t.updated_at)" : "NULL::timestamptz"} AS updated_at,
         md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest
       FROM ${ident(table)} t WHERE t.${ident(column)} = $1::uuid`,
      values: [orgId],
    });
    snapshot[table] = { rows: Number(row!.rows), updatedAt: row!.updated_at?.toISOString() ?? null, digest: row!.digest };
  }
  return snapshot;
}

/** Tables whose org rows differ between two snapshots. */
export const changedTables = (before: TenantSnapshot, after: TenantSnapshot) =>
  Object.keys({ ...before, ...after }).filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));
