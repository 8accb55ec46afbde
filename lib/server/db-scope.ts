import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Whose rows the current async call chain may touch in Postgres. Row-level security on every tenant table
 * filters by the org set on the connection (lib/server/scoped-pool.ts), so a query that forgets its
 * `where orgId` still sees one org only.
 * - org: the tenant role with `app.org_id` set: that org's rows only.
 * - system: the system role (BYPASSRLS) for work that is not one org's yet or spans orgs: authentication
 *   lookups, schedulers, scripts.
 */
export type DbScope = { kind: "org"; orgId: string } | { kind: "system" };

// On globalThis: Next.js can load this module more than once (route bundles, instrumentation), and every copy
// must read the same store.
const key = Symbol.for("llmsecops.db-scope");
const globalStore = globalThis as unknown as Record<symbol, AsyncLocalStorage<DbScope> | undefined>;
const storage: AsyncLocalStorage<DbScope> = (globalStore[key] ??= new AsyncLocalStorage<DbScope>());

// Awaited inside the scope: a Prisma query is a lazy promise that starts only when awaited, so returning it
// unawaited would run it in the caller's scope.
export function withOrgScope<T>(orgId: string, fn: () => PromiseLike<T>): Promise<T> {
  return storage.run({ kind: "org", orgId }, async () => await fn());
}

export function withSystemScope<T>(fn: () => PromiseLike<T>): Promise<T> {
  return storage.run({ kind: "system" }, async () => await fn());
}

export function currentDbScope(): DbScope | undefined {
  return storage.getStore();
}
