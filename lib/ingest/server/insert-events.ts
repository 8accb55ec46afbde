// Stores a batch of events in one table and says which were new. COPY (the cheapest way into Postgres) fills a
// per-connection temporary staging table: Postgres refuses COPY FROM into a table under row-level security, and the
// INSERT … SELECT from the stage applies the org policy like any insert. First try: a plain INSERT inside a
// savepoint. A batch holding an event that is already stored (a re-ingest, an overlapping file) fails it on the
// unique key; it is rolled back to the savepoint and inserted with ON CONFLICT DO NOTHING RETURNING id, which skips
// the duplicates.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { columnValues, type EventTable } from "./event-rows";

const UNIQUE_VIOLATION = "23505";
type Statements = { stage: string; copy: string; insertStaged: string; insert: string };
const sqlCache = new WeakMap<EventTable<never>, Statements>();

function statements<R>(table: EventTable<R>) {
  const key = table as EventTable<never>;
  let sql = sqlCache.get(key);
  if (!sql) {
    const names = table.columns.map(([name]) => `"${name}"`).join(", ");
    // Array-typed columns travel as their text literal (UNNEST would flatten a 2-D array).
    const params = table.columns.map(([, type], i) => `$${i + 4}::${type.endsWith("[]") ? "text" : type}[]`).join(", ");
    const select = table.columns.map(([name, type]) => (type.endsWith("[]") ? `u."${name}"::${type}` : `u."${name}"`)).join(", ");
    const stage = `stage_${table.name}`;
    const columns = `id, org_id, file_id, ${names}`;
    sql = {
      // Session-lived, emptied at every commit (and before each batch: a transaction may stage twice); without
      // indexes or constraints, so the COPY never fails on them. One round trip (simple protocol, no parameters).
      stage: `CREATE TEMP TABLE IF NOT EXISTS ${stage} (LIKE ${table.name} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS; TRUNCATE ${stage}`,
      copy: `COPY ${stage} (${columns}) FROM STDIN`,
      insertStaged: `INSERT INTO ${table.name} (${columns}) SELECT ${columns} FROM ${stage}`,
      insert: `INSERT INTO ${table.name} (id, org_id, file_id, ${names}) SELECT u.id, $1::uuid, $2::uuid, ${select}
        FROM UNNEST($3::uuid[], ${params}) AS u(id, ${names}) ON CONFLICT (org_id, source, event_hash) DO NOTHING RETURNING id`,
    };
    sqlCache.set(key, sql);
  }
  return sql;
}

// COPY text format: backslash, newline, carriage return and tab are escaped; \N is NULL.
const SPECIAL = /[\\\n\r\t]/;
const SPECIAL_ALL = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const field = (v: string | number | null) => (v === null ? "\\N" : typeof v === "number" ? String(v) : SPECIAL.test(v) ? v.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : v);

function* copyText(prefix: readonly string[], ids: readonly string[], values: readonly (string | number | null)[][]): Generator<string> {
  let chunk = "";
  for (let i = 0; i < ids.length; i++) {
    let line = `${ids[i]}\t${prefix.join("\t")}`;
    for (const column of values) line += `\t${field(column[i]!)}`;
    chunk += `${line}\n`;
    if (chunk.length > 262_144) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** The id given to each row (in row order) and the ids of the rows that were stored (new). */
export async function insertEvents<R extends { event: { time: string } }>(client: PoolClient, table: EventTable<R>, orgId: string, fileId: string, rows: readonly R[]): Promise<{ ids: string[]; stored: Set<string> }> {
  const sql = statements(table);
  const { ids, values } = columnValues(table, rows);
  await client.query(sql.stage);
  await pipeline(Readable.from(copyText([orgId, fileId], ids, values)), client.query(copyFrom(sql.copy)));
  await client.query("SAVEPOINT copy_events");
  try {
    await client.query(sql.insertStaged);
    await client.query("RELEASE SAVEPOINT copy_events");
    return { ids, stored: new Set(ids) };
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await client.query("ROLLBACK TO SAVEPOINT copy_events");
  }
  const { rows: stored } = await client.query<{ id: string }>(sql.insert, [orgId, fileId, ids, ...values]);
  return { ids, stored: new Set(stored.map((r) => r.id)) };
}
