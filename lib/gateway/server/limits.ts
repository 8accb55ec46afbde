// Rate limits (requests and tokens per minute) and budgets (USD per UTC day and month), per virtual key and per
// app, counted in Redis so every gateway process shares them. A call is admitted against this process's latest view
// of the counters (the reply to the previous call's count), so no Redis round trip sits in front of the provider call:
// each admitted call is counted in Redis in the background and the reply refreshes the view, including the key's
// revocation marker. Only a key's first call in a process waits for Redis (there is no view yet). Across several
// processes a limit can be overshot by the calls in flight at once; within one process it is exact.
// Fails open: when Redis does not answer within 250 ms the call goes through as "limits:unchecked" (metered).
import type { Redis } from "ioredis";
import { db } from "@/lib/server/db";
import { withOrgScope } from "@/lib/server/db-scope";
import { logger } from "@/lib/server/logger";
import { redis } from "@/lib/server/redis";
import type { GatewayKeyConfig } from "./key-config";

export type LimitReason = "rpm" | "tpm" | "budget_daily" | "budget_monthly";
export type LimitVerdict =
  | { ok: true; unchecked?: boolean }
  | { ok: false; reason: "revoked" }
  | { ok: false; reason: LimitReason; scope: "key" | "app"; retryAfter: number };

/** Counters as Redis last reported them: [key, app] each. Spend in micro-USD. */
type View = { minute: number; day: string; month: string; revoked: boolean; rpm: [number, number]; tpm: [number, number]; dayUsd: [number, number]; monthUsd: [number, number] };

// Counts one admitted call (rpm) and returns every counter of the key and its app, and the revocation marker.
const COUNT = `
local out = { redis.call('EXISTS', KEYS[1]) }
for i = 0, 1 do
  local b = 2 + i * 4
  local n = redis.call('INCR', KEYS[b])
  if n == 1 then redis.call('EXPIRE', KEYS[b], 120) end
  out[#out + 1] = n
  for j = 1, 3 do out[#out + 1] = tonumber(redis.call('GET', KEYS[b + j]) or '0') end
end
return out`;

// Adds a finished call's tokens and spend (also to the org's month total, KEYS[10], which tells a Redis that lost
// its data from one that has none); returns the same counters (without counting a call).
const SETTLE = `
local tokens, micro = tonumber(ARGV[1]), tonumber(ARGV[2])
if micro > 0 then redis.call('INCRBY', KEYS[10], micro) redis.call('EXPIRE', KEYS[10], 2764800) end
local out = { redis.call('EXISTS', KEYS[1]) }
for i = 0, 1 do
  local b = 2 + i * 4
  if tokens > 0 then redis.call('INCRBY', KEYS[b + 1], tokens) redis.call('EXPIRE', KEYS[b + 1], 120) end
  if micro > 0 then
    redis.call('INCRBY', KEYS[b + 2], micro) redis.call('EXPIRE', KEYS[b + 2], 172800)
    redis.call('INCRBY', KEYS[b + 3], micro) redis.call('EXPIRE', KEYS[b + 3], 2764800)
  end
  out[#out + 1] = tonumber(redis.call('GET', KEYS[b]) or '0')
  for j = 1, 3 do out[#out + 1] = tonumber(redis.call('GET', KEYS[b + j]) or '0') end
end
return out`;

type GatewayRedis = Redis & {
  gatewayCount(...args: (string | number)[]): Promise<number[]>;
  gatewaySettle(...args: (string | number)[]): Promise<number[]>;
};

function client(): GatewayRedis {
  const r = redis() as GatewayRedis;
  if (typeof r.gatewayCount !== "function") {
    r.defineCommand("gatewayCount", { numberOfKeys: 9, lua: COUNT });
    r.defineCommand("gatewaySettle", { numberOfKeys: 10, lua: SETTLE });
  }
  return r;
}

export const revokedMarker = (keyId: string) => `gw:revoked:${keyId}`;

/** Marks a key revoked for every process (each learns it with its next counted call). */
export async function markRevoked(keyId: string) {
  await redis().set(revokedMarker(keyId), "1", "EX", 7 * 86_400);
}

const orgMonthKey = (orgId: string, now: number) => `gw:${orgId}:usd:${windowsOf(now).month}`;

/**
 * Spend lives in Redis. When the org's month total is missing (Redis lost its data, or nothing was spent yet this
 * month), the day's and month's spend per key and app are rebuilt once from the metered gateway events in Postgres
 * (a short NX marker keeps it to one process). What is lost is what had not been metered yet (about a second).
 */
async function restoreSpendIfLost(cfg: GatewayKeyConfig, now: number): Promise<void> {
  const r = redis();
  const total = orgMonthKey(cfg.orgId, now);
  if (await r.exists(total)) return;
  if ((await r.set(`gw:${cfg.orgId}:restoring`, "1", "EX", 60, "NX")) !== "OK") return;
  const w = windowsOf(now);
  const spend = await withOrgScope(cfg.orgId, () => db.$queryRaw<{ keyPrefix: string | null; appId: string | null; day: number; month: number }[]>`
    SELECT api_key_id AS "keyPrefix", app_id::text AS "appId",
      coalesce(sum(cost_usd) FILTER (WHERE time >= ${new Date(`${w.day}T00:00:00Z`)}), 0)::float8 AS day, coalesce(sum(cost_usd), 0)::float8 AS month
    FROM llm_events WHERE org_id = ${cfg.orgId}::uuid AND source = 'gateway' AND time >= ${new Date(`${w.month}-01T00:00:00Z`)}
    GROUP BY api_key_id, app_id`);
  const micro = (usd: number) => Math.round(usd * 1_000_000);
  const tx = r.multi();
  let monthTotal = 0;
  for (const row of spend) {
    monthTotal += micro(row.month);
    const scopes = [row.keyPrefix?.startsWith("lgk_") ? `gw:${cfg.orgId}:k:${row.keyPrefix.slice(4)}` : null, row.appId ? `gw:${cfg.orgId}:a:${row.appId}` : null];
    for (const scope of scopes) {
      if (!scope) continue;
      if (micro(row.day)) tx.incrby(`${scope}:usd:${w.day}`, micro(row.day)).expire(`${scope}:usd:${w.day}`, 172_800);
      if (micro(row.month)) tx.incrby(`${scope}:usd:${w.month}`, micro(row.month)).expire(`${scope}:usd:${w.month}`, 2_764_800);
    }
  }
  tx.incrby(total, monthTotal).expire(total, 2_764_800); // exists from now on, even at 0
  await tx.exec();
}

function windowsOf(now: number) {
  const iso = new Date(now).toISOString();
  return { minute: Math.floor(now / 60_000), day: iso.slice(0, 10), month: iso.slice(0, 7) };
}

function redisKeys(cfg: GatewayKeyConfig, now: number): string[] {
  const w = windowsOf(now);
  const k = `gw:${cfg.orgId}:k:${cfg.keyId}`;
  const a = `gw:${cfg.orgId}:a:${cfg.appId}`;
  return [revokedMarker(cfg.keyId), `${k}:rpm:${w.minute}`, `${k}:tpm:${w.minute}`, `${k}:usd:${w.day}`, `${k}:usd:${w.month}`, `${a}:rpm:${w.minute}`, `${a}:tpm:${w.minute}`, `${a}:usd:${w.day}`, `${a}:usd:${w.month}`];
}

const viewOf = (reply: number[], now: number): View => {
  const [revoked, kRpm, kTpm, kDay, kMonth, aRpm, aTpm, aDay, aMonth] = reply.map(Number) as [number, number, number, number, number, number, number, number, number];
  return { ...windowsOf(now), revoked: revoked === 1, rpm: [kRpm, aRpm], tpm: [kTpm, aTpm], dayUsd: [kDay, aDay], monthUsd: [kMonth, aMonth] };
};

type KeyState = { view: View | null; inFlight: number };
const globalState = globalThis as unknown as { __gatewayLimits?: Map<string, KeyState> };
const states = (globalState.__gatewayLimits ??= new Map());
const stateOf = (keyId: string): KeyState => {
  let s = states.get(keyId);
  if (!s) {
    if (states.size >= 50_000) states.clear();
    states.set(keyId, (s = { view: null, inFlight: 0 }));
  }
  return s;
};

/** Keeps the newest view; counters only grow within a window, so the larger value is the fresher one. */
function remember(state: KeyState, next: View) {
  const v = state.view;
  if (v && next.minute < v.minute) return; // a late reply from an earlier minute
  if (!v || v.minute !== next.minute || v.day !== next.day) return void (state.view = next);
  const max = (a: [number, number], b: [number, number]): [number, number] => [Math.max(a[0], b[0]), Math.max(a[1], b[1])];
  state.view = { ...next, revoked: v.revoked || next.revoked, rpm: max(v.rpm, next.rpm), tpm: max(v.tpm, next.tpm), dayUsd: max(v.dayUsd, next.dayUsd), monthUsd: max(v.monthUsd, next.monthUsd) };
}

function retryAfter(reason: LimitReason, now: number): number {
  const d = new Date(now);
  if (reason === "rpm" || reason === "tpm") return Math.max(1, 60 - d.getUTCSeconds());
  const next = reason === "budget_daily" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Math.max(1, Math.ceil((next - now) / 1000));
}

/** The decision against a view (pure): `pending` calls admitted here and not yet counted in the view. */
export function decide(cfg: GatewayKeyConfig, view: View, pending: number, estimatedTokens: number, now: number): LimitVerdict {
  if (view.revoked) return { ok: false, reason: "revoked" };
  const w = windowsOf(now);
  const l = cfg.limits;
  const same = { minute: view.minute === w.minute, day: view.day === w.day, month: view.month === w.month };
  const scopes = [
    { scope: "key" as const, i: 0 as const, rpm: l.keyRpm, tpm: l.keyTpm, day: l.keyDailyUsd, month: l.keyMonthlyUsd },
    { scope: "app" as const, i: 1 as const, rpm: l.appRpm, tpm: l.appTpm, day: l.appDailyUsd, month: l.appMonthlyUsd },
  ];
  for (const s of scopes) {
    const refuse = (reason: LimitReason): LimitVerdict => ({ ok: false, reason, scope: s.scope, retryAfter: retryAfter(reason, now) });
    if (s.day !== null && same.day && view.dayUsd[s.i] >= s.day * 1e6) return refuse("budget_daily");
    if (s.month !== null && same.month && view.monthUsd[s.i] >= s.month * 1e6) return refuse("budget_monthly");
    if (s.tpm !== null && (same.minute ? view.tpm[s.i] : 0) + estimatedTokens > s.tpm) return refuse("tpm");
    if (s.rpm !== null && (same.minute ? view.rpm[s.i] : 0) + pending >= s.rpm) return refuse("rpm");
  }
  return { ok: true };
}

// How long a call waits for its limits (a Redis round trip; a key's first call may rebuild spend from Postgres)
// before it goes through unchecked ("limits:unchecked"): the gateway must not stall with Redis.
const REDIS_BUDGET_MS = Math.max(1, Number(process.env.GATEWAY_LIMITS_WAIT_MS ?? 250));
const withinBudget = <T>(work: Promise<T>): Promise<T | "timeout"> =>
  Promise.race([work, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), REDIS_BUDGET_MS).unref())]);
let lastWarning = 0;
const warn = (err: unknown) => {
  if (Date.now() - lastWarning < 60_000) return;
  lastWarning = Date.now();
  logger.warn({ err: String(err) }, "gateway limits not counted in Redis");
};

/** Admits a call expected to use about `estimatedTokens` input tokens, or says which limit refuses it. */
export async function admitCall(cfg: GatewayKeyConfig, estimatedTokens: number, now = Date.now()): Promise<LimitVerdict> {
  const state = stateOf(cfg.keyId);
  const count = () => client().gatewayCount(...redisKeys(cfg, now));
  if (!state.view) {
    // First call of this key in this process: count it and decide on the fresh counters (which include it).
    let reply: number[] | "timeout";
    try {
      reply = await withinBudget(restoreSpendIfLost(cfg, now).then(count));
    } catch (err) {
      warn(err);
      reply = "timeout";
    }
    if (reply === "timeout") return { ok: true, unchecked: true };
    const view = viewOf(reply, now);
    remember(state, view);
    return decide(cfg, { ...view, rpm: [view.rpm[0] - 1, view.rpm[1] - 1] }, 0, estimatedTokens, now);
  }
  const verdict = decide(cfg, state.view, state.inFlight, estimatedTokens, now);
  if (!verdict.ok) return verdict;
  state.inFlight++;
  count()
    .then((reply) => remember(state, viewOf(reply, now)), warn)
    .finally(() => state.inFlight--);
  return verdict;
}

/** Adds a finished call's tokens (to this minute's TPM) and cost (to the day's and month's spend). */
export async function settleCall(cfg: GatewayKeyConfig, tokens: number, costUsd: number, now = Date.now()): Promise<void> {
  const reply = await client().gatewaySettle(...redisKeys(cfg, now), orgMonthKey(cfg.orgId, now), Math.max(0, Math.round(tokens)), Math.max(0, Math.round(costUsd * 1_000_000)));
  remember(stateOf(cfg.keyId), viewOf(reply, now));
}
