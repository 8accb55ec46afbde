import pg from "pg";
import { currentDbScope } from "./db-scope";

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: Error | boolean) => void) => void;

/** What a query outside withOrgScope/withSystemScope gets: the system role, or the tenant role with no org (no rows). */
export type UnscopedAccess = "system" | "none";

export type ScopedPoolOptions = { tenantUrl: string; systemUrl: string; max: number; unscoped: UnscopedAccess };

// The org each tenant connection was last set to, so `set_config` costs a round trip only when it changes.
const orgOnConnection = new WeakMap<pg.PoolClient, string>();

/**
 * A pg pool that hands out connections for the caller's DbScope (lib/server/db-scope.ts). Org scope: a connection
 * of the tenant role (neither superuser nor BYPASSRLS) with `app.org_id` set to that org, so the row-level
 * security policies of every tenant table show and accept that org's rows only. System scope: a connection of the
 * system role (BYPASSRLS) from a second pool. Prisma's adapter and the plain pg paths both check out through
 * `connect`, so every statement and transaction runs under the scope that was current when it started.
 */
export class ScopedPool extends pg.Pool {
  private readonly systemPool: pg.Pool;
  private readonly unscoped: UnscopedAccess;

  constructor({ tenantUrl, systemUrl, max, unscoped }: ScopedPoolOptions) {
    // Idle clients never keep the process alive; an idle client whose server went away (database dropped,
    // restart) must not crash the process: the next query reports the problem instead.
    super({ connectionString: tenantUrl, max, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    this.systemPool = new pg.Pool({ connectionString: systemUrl, max, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    this.on("error", () => undefined);
    this.systemPool.on("error", () => undefined);
    this.unscoped = unscoped;
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const scope = currentDbScope();
    const checkout = scope?.kind === "system" || (!scope && this.unscoped === "system")
      ? this.systemPool.connect()
      : this.tenantConnection(scope?.kind === "org" ? scope.orgId : "");
    if (!callback) return checkout;
    checkout.then(
      (client) => callback(undefined, client, (release) => client.release(release)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
  }

  private async tenantConnection(orgId: string): Promise<pg.PoolClient> {
    const client = await super.connect();
    if (orgOnConnection.get(client) === orgId) return client;
    try {
      // Session level, set outside any transaction: it stays until the next checkout for another org changes it.
      await client.query("SELECT set_config('app.org_id', $1, false)", [orgId]);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    orgOnConnection.set(client, orgId);
    return client;
  }

  override end(): Promise<void>;
  override end(callback: () => void): void;
  override end(callback?: () => void): Promise<void> | void {
    const ended = Promise.all([super.end(), this.systemPool.end()]).then(() => undefined);
    if (!callback) return ended;
    void ended.then(callback, callback);
  }
}

/** The pool settings from the environment: DATABASE_URL (tenant role), DATABASE_SYSTEM_URL, DATABASE_UNSCOPED. */
export function scopedPoolOptionsFromEnv(): ScopedPoolOptions {
  const tenantUrl = process.env.DATABASE_URL ?? "";
  return {
    tenantUrl,
    systemUrl: process.env.DATABASE_SYSTEM_URL || tenantUrl,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    unscoped: process.env.DATABASE_UNSCOPED === "none" ? "none" : "system",
  };
}
