// Rate limits (requests and tokens per minute) and budgets (USD per UTC day and month), per virtual key and per
// app, counted in Redis so every web process shares them. One round trip admits a call (and checks the key's
// revocation marker); one more, after the answer, adds its tokens and cost. Fails open: when Redis does not answer
// within 250 ms the call goes through with the guardrail decision "limits:unchecked" (metered, so it shows).
import type { Redis } from "ioredis";
import { redis } from "@/lib/server/redis";
import type { GatewayKeyConfig } from "./key-config";

export type LimitVerdict =
  | { ok: true; unchecked?: boolean }
  | { ok: false; reason: "revoked" }
  | { ok: false; reason: "rpm" | "tpm" | "budget_daily" | "budget_monthly"; scope: "key" | "app"; retryAfter: number };

const ADMIT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return {'revoked', 0} end
local est = tonumber(ARGV[9])
for i = 0, 1 do
  local b = 2 + i * 4
  local a = 1 + i * 4
  local tpm, daily, monthly = tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3])
  if daily >= 0 and tonumber(redis.call('GET', KEYS[b + 2]) or '0') >= daily then return {'budget_daily', i} end
  if monthly >= 0 and tonumber(redis.call('GET', KEYS[b + 3]) or '0') >= monthly then return {'budget_monthly', i} end
  if tpm >= 0 and tonumber(redis.call('GET', KEYS[b + 1]) or '0') + est > tpm then return {'tpm', i} end
end
local counted = {}
for i = 0, 1 do
  local rpm = tonumber(ARGV[1 + i * 4])
  if rpm >= 0 then
    local k = KEYS[2 + i * 4]
    local n = redis.call('INCR', k)
    if n == 1 then redis.call('EXPIRE', k, 120) end
    counted[#counted + 1] = k
    if n > rpm then
      for _, c in ipairs(counted) do redis.call('DECR', c) end
      return {'rpm', i}
    end
  end
end
return {'ok', 0}`;

const SETTLE = `
local tokens, micro = tonumber(ARGV[1]), tonumber(ARGV[2])
for i = 0, 1 do
  local b = 1 + i * 3
  if tokens > 0 then redis.call('INCRBY', KEYS[b], tokens) redis.call('EXPIRE', KEYS[b], 120) end
  if micro > 0 then
    redis.call('INCRBY', KEYS[b + 1], micro) redis.call('EXPIRE', KEYS[b + 1], 172800)
    redis.call('INCRBY', KEYS[b + 2], micro) redis.call('EXPIRE', KEYS[b + 2], 2764800)
  end
end
return 1`;

type GatewayRedis = Redis & {
  gatewayAdmit(...args: (string | number)[]): Promise<[string, number]>;
  gatewaySettle(...args: (string | number)[]): Promise<number>;
};

function client(): GatewayRedis {
  const r = redis() as GatewayRedis;
  if (typeof r.gatewayAdmit !== "function") {
    r.defineCommand("gatewayAdmit", { numberOfKeys: 9, lua: ADMIT });
    r.defineCommand("gatewaySettle", { numberOfKeys: 6, lua: SETTLE });
  }
  return r;
}

export const revokedMarker = (keyId: string) => `gw:revoked:${keyId}`;

/** Marks a key revoked for every process (the config cache of other processes may still hold it for seconds). */
export async function markRevoked(keyId: string) {
  await redis().set(revokedMarker(keyId), "1", "EX", 7 * 86_400);
}

const utc = (now: number) => new Date(now).toISOString();
function windows(now: number) {
  const iso = utc(now);
  return { minute: Math.floor(now / 60_000), day: iso.slice(0, 10), month: iso.slice(0, 7) };
}

function counterKeys(cfg: GatewayKeyConfig, now: number) {
  const w = windows(now);
  const k = `gw:${cfg.orgId}:k:${cfg.keyId}`;
  const a = `gw:${cfg.orgId}:a:${cfg.appId}`;
  return {
    key: [`${k}:rpm:${w.minute}`, `${k}:tpm:${w.minute}`, `${k}:usd:${w.day}`, `${k}:usd:${w.month}`],
    app: [`${a}:rpm:${w.minute}`, `${a}:tpm:${w.minute}`, `${a}:usd:${w.day}`, `${a}:usd:${w.month}`],
  };
}

const micro = (usd: number | null) => (usd === null ? -1 : Math.round(usd * 1_000_000));
const orNone = (n: number | null) => (n === null ? -1 : n);

function retryAfter(reason: "rpm" | "tpm" | "budget_daily" | "budget_monthly", now: number): number {
  const d = new Date(now);
  if (reason === "rpm" || reason === "tpm") return Math.max(1, 60 - d.getUTCSeconds());
  const next = reason === "budget_daily"
    ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1)
    : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Math.max(1, Math.ceil((next - now) / 1000));
}

const REDIS_BUDGET_MS = 250;
const withinBudget = <T>(work: Promise<T>): Promise<T | "timeout"> =>
  Promise.race([work, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), REDIS_BUDGET_MS).unref())]);

/** Admits a call that is expected to use about `estimatedTokens`, or says which limit refuses it. */
export async function admitCall(cfg: GatewayKeyConfig, estimatedTokens: number, now = Date.now()): Promise<LimitVerdict> {
  const keys = counterKeys(cfg, now);
  const l = cfg.limits;
  const args = [
    revokedMarker(cfg.keyId), ...keys.key, ...keys.app,
    orNone(l.keyRpm), orNone(l.keyTpm), micro(l.keyDailyUsd), micro(l.keyMonthlyUsd),
    orNone(l.appRpm), orNone(l.appTpm), micro(l.appDailyUsd), micro(l.appMonthlyUsd),
    Math.max(0, Math.round(estimatedTokens)),
  ];
  let reply: [string, number] | "timeout";
  try {
    reply = await withinBudget(client().gatewayAdmit(...args));
  } catch {
    reply = "timeout";
  }
  if (reply === "timeout") return { ok: true, unchecked: true };
  const [verdict, scopeIndex] = reply;
  if (verdict === "ok") return { ok: true };
  if (verdict === "revoked") return { ok: false, reason: "revoked" };
  const reason = verdict as "rpm" | "tpm" | "budget_daily" | "budget_monthly";
  return { ok: false, reason, scope: scopeIndex === 1 ? "app" : "key", retryAfter: retryAfter(reason, now) };
}

/** Adds a finished call's tokens (to this minute's TPM) and cost (to the day's and month's spend). */
export async function settleCall(cfg: GatewayKeyConfig, tokens: number, costUsd: number, now = Date.now()): Promise<void> {
  const keys = counterKeys(cfg, now);
  await client().gatewaySettle(...keys.key.slice(1), ...keys.app.slice(1), Math.max(0, Math.round(tokens)), Math.max(0, Math.round(costUsd * 1_000_000)));
}
