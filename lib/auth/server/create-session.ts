import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

type CreateSessionOptions = { userId: string; method: "password" | "oidc"; ip: string | null; userAgent: string | null };

/** The server-side record behind a next-auth JWT; its id is the token's `sid`. */
export const createSession = async ({ userId, method, ip, userAgent }: CreateSessionOptions) => {
  // The org joined first; memberships created in the same millisecond (seeding) fall back to a stable order.
  const first = await db.membership.findFirst({ where: { userId }, orderBy: [{ createdAt: "asc" }, { orgId: "asc" }], select: { orgId: true } });
  const session = await db.session.create({
    data: {
      userId,
      method,
      activeOrgId: first?.orgId ?? null,
      ip: ip?.slice(0, 64) ?? null,
      userAgent: userAgent?.slice(0, 512) ?? null,
      expiresAt: new Date(Date.now() + env().SESSION_MAX_HOURS * 3_600_000),
    },
    select: { id: true, activeOrgId: true },
  });
  if (session.activeOrgId) {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await db.auditEvent.create({
      data: {
        orgId: session.activeOrgId, actorType: "USER", actorUserId: userId, actorLabel: user.email,
        action: "auth.login", resourceType: "session", resourceId: session.id, summary: { method },
        ip: ip?.slice(0, 64) ?? null, userAgent: userAgent?.slice(0, 512) ?? null,
      },
    });
  }
  return session;
};
