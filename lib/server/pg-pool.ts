// A plain `pg` pool next to Prisma's, for paths where Prisma's per-query overhead dominates: bulk writes
// (ingestion batches: one transaction of a few large set-based statements) and hot reads (API-key
// authentication, the findings list and counters), where the query engine costs several times the SQL.
// Keyed by DATABASE_URL like lib/server/db.ts, so a test file with its own database gets its own pool.
import type pg from "pg";
import { hotReadTypes } from "./pg-timestamptz";
import { ScopedPool, scopedPoolOptionsFromEnv } from "./scoped-pool";

const globalForPg = globalThis as unknown as { __pgPool?: { url: string | undefined; pool: pg.Pool } };

export function pgPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  const cached = globalForPg.__pgPool;
  if (cached && cached.url === url) return cached.pool;
  if (cached) void cached.pool.end().catch(() => undefined);
  // Sized like Prisma's pool: concurrent API reads share it (each ingestion run holds one connection at a time).
  // Checkouts follow the caller's DbScope like Prisma's (row-level security).
  const pool = new ScopedPool(scopedPoolOptionsFromEnv());
  globalForPg.__pgPool = { url, pool };
  return pool;
}

/** A parameterized statement: `text` with $n placeholders and its `values`. A Prisma.sql fragment is one. */
export type SqlQuery = { readonly text: string; readonly values: readonly unknown[] };

/**
 * Runs one statement on the pool and returns its rows as pg parses them: timestamptz as Date (read by a faster parser
 * with the same result, lib/server/pg-timestamptz.ts), int as number, jsonb parsed, enums as text. `name` makes it a
 * prepared statement per connection (parsed and planned once): only for statements whose text never varies.
 */
export async function queryRows<T extends pg.QueryResultRow>(query: SqlQuery, name?: string): Promise<T[]> {
  const result = await pgPool().query<T>({ text: query.text, values: query.values as unknown[], name, types: hotReadTypes });
  return result.rows;
}

/** Runs one statement in the caller's transaction and returns its rows. */
export type SqlRun = <T = unknown>(query: SqlQuery) => Promise<T[]>;
/** A SqlRun on a client checked out by withPgTransaction. */
export const pgRunner = (client: pg.PoolClient): SqlRun => async <T,>(query: SqlQuery) => (await client.query(query.text, query.values as unknown[])).rows as T[];

/** Runs fn in one transaction on one pooled client: COMMIT when it resolves, ROLLBACK when it throws. */
export async function withPgTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pgPool().connect();
  let broken: Error | undefined;
  // A checked-out client has no listener of the pool's: a connection lost between statements (server restart)
  // would be an unhandled 'error' event that kills the process. The next statement fails instead.
  const onError = (error: Error) => (broken = error);
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      broken ??= rollbackError as Error; // the connection is unusable: drop it from the pool
    }
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}
