import { scopesForRole, type Scope } from "@/lib/auth/scopes";
import { parseApiKey, secretMatches } from "./api-key-crypto";
import { db } from "./db";
import { AppError } from "./errors";
import type { ApiKeyPrincipal, Principal } from "./principal";
import { resolveSessionToken, sessionTokenFromCookieHeader } from "./session";

/** Bearer API key first, then the session cookie; null when neither identifies anyone. */
export async function authenticateRequest(headers: Headers): Promise<Principal | null> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new AppError("UNAUTHENTICATED", "Malformed Authorization header");
    const principal = await authenticateApiKey(match[1]);
    if (!principal) throw new AppError("UNAUTHENTICATED", "Invalid, expired or revoked API key");
    return principal;
  }
  return resolveSessionToken(sessionTokenFromCookieHeader(headers.get("cookie")));
}

export async function authenticateApiKey(token: string): Promise<ApiKeyPrincipal | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const key = await db.apiKey.findUnique({
    where: { keyId: parsed.keyId },
    select: {
      id: true, name: true, scopes: true, secretHash: true, revokedAt: true, expiresAt: true, lastUsedAt: true, createdById: true,
      org: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!key || !secretMatches(parsed.secret, key.secretHash)) return null;
  if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now())) return null;
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  // A key never exceeds what its creator may still do in that org.
  const creator = key.createdById
    ? await db.membership.findUnique({ where: { orgId_userId: { orgId: key.org.id, userId: key.createdById } }, select: { role: true, user: { select: { disabledAt: true } } } })
    : null;
  const ceiling = creator && !creator.user.disabledAt ? scopesForRole(creator.role) : new Set<Scope>();
  const scopes = new Set(key.scopes.filter((s): s is Scope => ceiling.has(s as Scope)));
  return { kind: "api-key", apiKeyId: key.id, name: key.name, org: key.org, scopes };
}
