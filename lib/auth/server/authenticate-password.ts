import { z } from "zod";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";
import { verifyPassword } from "@/lib/server/password";
import { clear, release, reserve } from "@/lib/server/rate-limit";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(256),
});

export type PasswordLoginResult =
  | { ok: true; userId: string; email: string; name: string | null }
  | { ok: false; reason: "INVALID_CREDENTIALS" | "RATE_LIMITED"; retryAfter?: number };

/**
 * Email + password check with failure limits per IP and per account (Redis). Unknown users and
 * wrong passwords take the same time and give the same answer.
 */
export const authenticatePassword = async ({ email, password, ip }: { email: string; password: string; ip: string | null }): Promise<PasswordLoginResult> => {
  const e = env();
  const limits = [
    { key: `rl:login:ip:${ip ?? "unknown"}`, max: e.LOGIN_MAX_FAILURES_PER_IP, windowSeconds: e.LOGIN_WINDOW_SECONDS },
    { key: `rl:login:acct:${email}`, max: e.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowSeconds: e.LOGIN_WINDOW_SECONDS },
  ];
  // Every attempt is counted up front (atomic); a successful one is given back afterwards.
  const states = await Promise.all(limits.map(reserve));
  const blocked = states.find((s) => s.limited);
  if (blocked) {
    logger.warn({ event: "auth.login_rate_limited", ip }, "login rate limited");
    return { ok: false, reason: "RATE_LIMITED", retryAfter: blocked.retryAfter };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid || user.disabledAt) {
    logger.info({ event: "auth.login_failed", ip }, "login failed");
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }
  await Promise.all([release(limits[0]!.key), clear(limits[1]!.key)]);
  return { ok: true, userId: user.id, email: user.email, name: user.name };
};
