import { BatchedWindowCounter } from "./batched-window-counter";
import { env } from "./env";
import { AppError } from "./errors";
import { OrgSlots, SlotWaitTimeout } from "./org-slots";
import { logger } from "./logger";
import { redis } from "./redis";

const WINDOW_SECONDS = 10;
let lastWarning = 0;

// On globalThis: the web process's front server and the route handlers bundled by Next count in one place.
const counterKey = Symbol.for("llmsecops.api-rate-counter");
const counter: BatchedWindowCounter = ((globalThis as unknown as Record<symbol, BatchedWindowCounter | undefined>)[counterKey] ??= new BatchedWindowCounter({
  prefix: "rl:api", windowSeconds: WINDOW_SECONDS, flushMs: 50, redisBudgetMs: 250, redis,
  onRedisError: (err) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    logger.warn({ err: String(err) }, "API rate limit counted in this process only: Redis did not answer");
  },
}));

/**
 * Each org's API budget: API_RATE_LIMIT_PER_MINUTE requests, counted in 10-second windows (a sixth of the budget
 * each), so one org flooding the API gets 429s with Retry-After instead of slowing the others down. No Redis round
 * trip per request: this process admits against its own count and Redis's last total, and adds its requests to
 * Redis every 50 ms (lib/server/batched-window-counter.ts: exact in one process, across processes it can be
 * overshot by their last 50 ms). When Redis does not answer, the budget holds per process.
 */
export function assertWithinOrgRateLimit(orgId: string): void {
  const nowMs = Date.now();
  const perMinute = env().API_RATE_LIMIT_PER_MINUTE;
  const max = Math.max(1, Math.ceil((perMinute * WINDOW_SECONDS) / 60));
  if (counter.take(orgId, max, nowMs)) return;
  const retryAfter = Math.max(1, Math.ceil(((counter.windowOf(nowMs) + 1) * WINDOW_SECONDS * 1000 - nowMs) / 1000));
  throw new AppError("RATE_LIMITED", `Over this organization's API budget of ${perMinute} requests a minute: retry in ${retryAfter} s`, undefined, { "retry-after": String(retryAfter) });
}

// Each org's requests in this process (created on first use: env() is read once per process).
let slots: OrgSlots | undefined;
// The refusals that were a burst over the concurrency cap (penalized briefly), not a spent budget.
const bursts = new WeakSet<AppError>();

/**
 * Each org's share of this process: at most API_MAX_RUNNING_PER_ORG of its requests are handled at once and the
 * next ones wait in its own queue, so a flood of parallel requests queues behind the org's own requests instead of
 * taking the CPU and the connections from every other org. At most API_MAX_IN_FLIGHT_PER_ORG handled or waiting
 * (429, Retry-After: 1 beyond), and a request that waited API_MAX_WAIT_MS for its turn gets the same 429.
 * Per process: a deployment with N web processes allows N times as many.
 */
export async function withinOrgConcurrency<T>(orgId: string, run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const { API_MAX_RUNNING_PER_ORG: running, API_MAX_IN_FLIGHT_PER_ORG: perOrg, API_MAX_WAIT_MS: maxWaitMs } = env();
  slots ??= new OrgSlots(running, perOrg, maxWaitMs);
  const acquired = slots.acquire(orgId, signal);
  if (!acquired) throw burst(`Too many concurrent requests for this organization (at most ${perOrg} at once): retry in 1 s`);
  const release = await acquired.catch((reason: unknown) => {
    if (reason instanceof SlotWaitTimeout) throw burst(`This organization's earlier requests kept this one waiting ${maxWaitMs} ms: retry in 1 s`);
    // Its client went away while it waited: it leaves the queue (nobody reads this answer).
    throw new AppError("BAD_REQUEST", "The request was closed while it waited for its turn");
  });
  try {
    return await run();
  } finally {
    release();
  }
}

function burst(message: string): AppError {
  const error = new AppError("RATE_LIMITED", message, undefined, { "retry-after": "1" });
  bursts.add(error);
  return error;
}

/** An org's requests being handled and waiting in this process (diagnostics, tests). */
export const orgRequestSlots = (orgId: string) => slots?.stats(orgId) ?? { running: 0, waiting: 0 };

// Credentials that were just refused 429, until when (ms). A client that keeps sending during its penalty is
// answered before authentication (no database or Redis work), so a flood costs the server little.
// On globalThis: the web process's front server (web/server.ts) reads the same map as the route handlers bundled by Next.
const penalizedKey = Symbol.for("llmsecops.api-penalized");
const penalized: Map<string, number> = ((globalThis as unknown as Record<symbol, Map<string, number> | undefined>)[penalizedKey] ??= new Map());
const PENALIZED_MAX = 10_000;

/** The 429 a recently refused credential gets at once, or null. */
export const earlyRefusal = (credential: string | null): AppError | null => refusalFor(penaltyLeftMs(credential));

/** The 429 for a penalty that still runs `leftMs`, or null when it is over. */
export function refusalFor(leftMs: number): AppError | null {
  if (leftMs <= 0) return null;
  return new AppError("RATE_LIMITED", "Over this organization's API limits: slow down", undefined, { "retry-after": String(Math.max(1, Math.ceil(leftMs / 1000))) });
}

/** How long a recently refused credential's penalty still runs (ms), 0 when it has none. */
export function penaltyLeftMs(credential: string | null): number {
  if (!credential) return 0;
  const until = penalized.get(credential);
  if (until === undefined) return 0;
  const left = until - Date.now();
  if (left <= 0) penalized.delete(credential);
  return Math.max(0, left);
}

/** Remembers a credential that was refused 429 for `ms` (the budget window's rest, or a short pause). */
export function penalize(credential: string | null, error: AppError): void {
  if (!credential || error.code !== "RATE_LIMITED") return;
  if (penalized.size >= PENALIZED_MAX) penalized.clear();
  const retryAfter = Number(error.headers?.["retry-after"] ?? 1);
  // A concurrency refusal is a burst: a short pause. A spent budget lasts until its window ends.
  penalized.set(credential, Date.now() + (bursts.has(error) ? 200 : retryAfter * 1000));
}
