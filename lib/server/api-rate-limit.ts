import { env } from "./env";
import { AppError } from "./errors";
import { logger } from "./logger";
import { reserve } from "./rate-limit";

const WINDOW_SECONDS = 10;
const REDIS_BUDGET_MS = 250;
let lastWarning = 0;

/**
 * Each org's API budget: API_RATE_LIMIT_PER_MINUTE requests, counted in Redis in 10-second windows (a sixth of
 * the budget each), so one org flooding the API gets 429s with Retry-After instead of slowing the others down.
 * Fails open: when Redis does not answer within 250 ms the request goes through (logged at most once a minute).
 * Rate limiting must not take the API down with Redis.
 */
export async function assertWithinOrgRateLimit(orgId: string): Promise<void> {
  const perMinute = env().API_RATE_LIMIT_PER_MINUTE;
  const nowSeconds = Date.now() / 1000;
  const window = Math.floor(nowSeconds / WINDOW_SECONDS);
  const max = Math.max(1, Math.ceil((perMinute * WINDOW_SECONDS) / 60));
  let verdict: { limited: boolean } | "unknown";
  try {
    verdict = await Promise.race([
      reserve({ key: `rl:api:${orgId}:${window}`, max, windowSeconds: WINDOW_SECONDS * 2 }),
      new Promise<"unknown">((resolve) => setTimeout(() => resolve("unknown"), REDIS_BUDGET_MS).unref()),
    ]);
  } catch {
    verdict = "unknown";
  }
  if (verdict === "unknown") {
    if (Date.now() - lastWarning > 60_000) {
      lastWarning = Date.now();
      logger.warn({ orgId }, "API rate limit not checked: Redis did not answer");
    }
    return;
  }
  if (verdict.limited) {
    const retryAfter = Math.max(1, Math.ceil((window + 1) * WINDOW_SECONDS - nowSeconds));
    throw new AppError("RATE_LIMITED", `Over this organization's API budget of ${perMinute} requests a minute: retry in ${retryAfter} s`, undefined, { "retry-after": String(retryAfter) });
  }
}
