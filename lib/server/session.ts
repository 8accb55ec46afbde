import { decode } from "next-auth/jwt";
import { scopesForRole, type RoleName } from "@/lib/auth/scopes";
import { db } from "./db";
import { env } from "./env";
import type { UserPrincipal } from "./principal";

export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** The session cookie's value (first occurrence); other, possibly malformed, cookies are ignored. */
export function sessionTokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const name of SESSION_COOKIE_NAMES) {
    const part = header.split(";").map((p) => p.trim()).find((p) => p.startsWith(`${name}=`));
    if (!part) continue;
    try {
      return decodeURIComponent(part.slice(name.length + 1));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Turns a next-auth JWT into a principal, checking the server-side session on every request:
 * revoked, expired, idle or disabled sessions are refused, and the role is read fresh each time,
 * so removing or demoting a member takes effect at once.
 */
export async function resolveSessionToken(token: string | undefined): Promise<UserPrincipal | null> {
  if (!token) return null;
  const e = env();
  const payload = await decode({ token, secret: e.NEXTAUTH_SECRET }).catch(() => null);
  const sid = typeof payload?.sid === "string" ? payload.sid : null;
  if (!sid || !/^[0-9a-f-]{36}$/.test(sid)) return null;

  const session = await db.session.findUnique({
    where: { id: sid },
    select: {
      id: true, activeOrgId: true, lastSeenAt: true, expiresAt: true, revokedAt: true,
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
    },
  });
  const now = Date.now();
  if (!session || session.revokedAt || session.user.disabledAt) return null;
  if (session.expiresAt.getTime() <= now) return null;
  if (session.lastSeenAt.getTime() + e.SESSION_IDLE_MINUTES * 60_000 <= now) return null;

  const membership = await findActiveMembership(session.user.id, session.activeOrgId);
  const touch = now - session.lastSeenAt.getTime() > 60_000;
  const orgChanged = (membership?.orgId ?? null) !== session.activeOrgId;
  if (touch || orgChanged) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), activeOrgId: membership?.orgId ?? null },
    });
  }
  const role = (membership?.role ?? null) as RoleName | null;
  return {
    kind: "user",
    userId: session.user.id,
    email: session.user.email,
    name: session.user.name,
    sessionId: session.id,
    org: membership ? { id: membership.org.id, slug: membership.org.slug, name: membership.org.name } : null,
    role,
    scopes: role ? scopesForRole(role) : new Set(),
  };
}

async function findActiveMembership(userId: string, activeOrgId: string | null) {
  const select = { orgId: true, role: true, org: { select: { id: true, slug: true, name: true } } } as const;
  const active = activeOrgId
    ? await db.membership.findUnique({ where: { orgId_userId: { orgId: activeOrgId, userId } }, select })
    : null;
  return active ?? db.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select });
}
