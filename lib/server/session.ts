import { decode } from "next-auth/jwt";
import { scopesForRole, type RoleName } from "@/lib/auth/scopes";
import { env } from "./env";
import { queryRows } from "./pg-pool";
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

type SessionRow = {
  id: string; active_org_id: string | null; last_seen_at: Date; expires_at: Date; revoked_at: Date | null;
  user_id: string; email: string; name: string | null; disabled_at: Date | null;
  org_id: string | null; org_slug: string | null; org_name: string | null; role: RoleName | null;
};

// The session, its user and the membership it acts in, in one round trip (this runs on every request): the
// active org's membership when the user still has one, else their oldest; the org columns are null without any.
const SESSION_BY_ID = `
  SELECT s.id, s.active_org_id, s.last_seen_at, s.expires_at, s.revoked_at,
    u.id AS user_id, u.email, u.name, u.disabled_at, o.id AS org_id, o.slug AS org_slug, o.name AS org_name, m.role
  FROM sessions s
  JOIN users u ON u.id = s.user_id
  LEFT JOIN LATERAL (
    SELECT org_id, role FROM memberships WHERE user_id = s.user_id
    ORDER BY org_id = s.active_org_id DESC NULLS LAST, created_at ASC LIMIT 1
  ) m ON true
  LEFT JOIN organizations o ON o.id = m.org_id
  WHERE s.id = $1::uuid`;

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

  const [session] = await queryRows<SessionRow>({ text: SESSION_BY_ID, values: [sid] }, "session-by-id");
  const now = Date.now();
  if (!session || session.revoked_at || session.disabled_at) return null;
  if (session.expires_at.getTime() <= now) return null;
  if (session.last_seen_at.getTime() + e.SESSION_IDLE_MINUTES * 60_000 <= now) return null;

  const touch = now - session.last_seen_at.getTime() > 60_000;
  const orgChanged = session.org_id !== session.active_org_id;
  if (touch || orgChanged) {
    await queryRows({ text: "UPDATE sessions SET last_seen_at = $1, active_org_id = $2::uuid WHERE id = $3::uuid", values: [new Date(now), session.org_id, session.id] });
  }
  const role = session.org_id ? session.role : null;
  return {
    kind: "user",
    userId: session.user_id,
    email: session.email,
    name: session.name,
    sessionId: session.id,
    org: session.org_id ? { id: session.org_id, slug: session.org_slug!, name: session.org_name! } : null,
    role,
    scopes: role ? scopesForRole(role) : new Set(),
  };
}
