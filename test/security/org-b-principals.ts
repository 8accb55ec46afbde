// The callers of the matrices: org B's members (session cookies), an org-B API key with every scope a key may
// carry, a revoked and an expired key, and nobody.
import { API_KEY_SCOPES, ROLE_SCOPES, type RoleName, type Scope } from "@/lib/auth/scopes";
import { parseApiKey } from "@/lib/server/api-key-crypto";
import { db } from "@/lib/server/db";
import { createApiKeyFor, createOrgWithMembers, sessionCookie } from "../factories";

export type Principal = {
  name: string;
  auth: { cookie?: string; apiKey?: string };
  /** null: not authenticated at all (expects 401). */
  scopes: ReadonlySet<Scope> | null;
};

export async function orgBPrincipals() {
  const b = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const admin = b.members[0]!;
  const cookies = await Promise.all(b.members.map((m) => sessionCookie(m.user.id)));
  const keyFor = async (change: { revokedAt?: Date; expiresAt?: Date }) => {
    const token = await createApiKeyFor(b.org.id, admin.user.id, [...API_KEY_SCOPES]);
    if (Object.keys(change).length) await db.apiKey.update({ where: { keyId: parseApiKey(token)!.keyId }, data: change });
    return token;
  };
  const principals: Principal[] = [
    ...b.members.map((m, i) => ({ name: `org-B ${m.role.toLowerCase()}`, auth: { cookie: cookies[i]!.cookie }, scopes: new Set(ROLE_SCOPES[m.role as RoleName]) })),
    { name: "org-B API key", auth: { apiKey: await keyFor({}) }, scopes: new Set(API_KEY_SCOPES) },
    { name: "revoked API key", auth: { apiKey: await keyFor({ revokedAt: new Date() }) }, scopes: null },
    { name: "expired API key", auth: { apiKey: await keyFor({ expiresAt: new Date(Date.now() - 60_000) }) }, scopes: null },
    { name: "anonymous", auth: {}, scopes: null },
  ];
  return { org: b.org, principals };
}
