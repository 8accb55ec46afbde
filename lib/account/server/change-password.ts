import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { env } from "@/lib/server/env";
import { hashPassword, verifyPassword } from "@/lib/server/password";
import { reserve } from "@/lib/server/rate-limit";
import type { Ctx } from "@/lib/server/principal";
import type { TChangePasswordRequest } from "../schemas";

/** Sets a new password after checking the current one (when the account has one), and ends every other session. */
export const changePassword = async ({ ctx, currentPassword, newPassword }: { ctx: Ctx } & TChangePasswordRequest) => {
  const p = ctx.principal;
  if (p.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in user can change their password");
  const user = await db.user.findUniqueOrThrow({ where: { id: p.userId }, select: { email: true, passwordHash: true } });
  const limit = await reserve({ key: `rl:password-change:${p.userId}`, max: env().LOGIN_MAX_FAILURES_PER_ACCOUNT, windowSeconds: env().LOGIN_WINDOW_SECONDS });
  if (limit.limited) throw new AppError("RATE_LIMITED", `Too many attempts; try again in ${limit.retryAfter} s`);
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, currentPassword ?? ""))) {
    throw new AppError("VALIDATION_FAILED", "The current password is not correct");
  }
  if (newPassword.toLowerCase().includes(user.email.split("@")[0]!.toLowerCase())) {
    throw new AppError("VALIDATION_FAILED", "Choose a password that does not contain your email name");
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: p.userId }, data: { passwordHash } });
    const ended = await tx.session.updateMany({ where: { userId: p.userId, revokedAt: null, id: { not: p.sessionId } }, data: { revokedAt: new Date() } });
    await writeAudit(tx, ctx, { action: "auth.password_changed", resourceType: "user", resourceId: p.userId, summary: { otherSessionsEnded: ended.count } });
    return { ok: true as const, otherSessionsEnded: ended.count };
  });
};
