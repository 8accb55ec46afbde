// A plain `pg` pool next to Prisma's, for bulk writes where Prisma's per-query overhead dominates (ingestion
// batches: one transaction of a few large set-based statements). Keyed by DATABASE_URL like lib/server/db.ts,
// so a test file with its own database gets its own pool.
import pg from "pg";

const globalForPg = globalThis as unknown as { __pgPool?: { url: string | undefined; pool: pg.Pool } };

export function pgPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  const cached = globalForPg.__pgPool;
  if (cached && cached.url === url) return cached.pool;
  if (cached) void cached.pool.end().catch(() => undefined);
  // Few connections: each ingestion run holds one at a time. Idle clients never keep the process alive.
  const pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  // An idle client whose server went away (database dropped, restart) must not crash the process; the next
  // query on the pool reports the problem instead.
  pool.on("error", () => undefined);
  globalForPg.__pgPool = { url, pool };
  return pool;
}

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
