import { scopesForRole, type RoleName, type Scope } from "@/lib/auth/scopes";
import { parseApiKey, secretMatches } from "./api-key-crypto";
import { AppError } from "./errors";
import { queryRows } from "./pg-pool";
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

type ApiKeyRow = {
  id: string; name: string; scopes: string[]; secret_hash: string; revoked_at: Date | null; expires_at: Date | null; last_used_at: Date | null;
  org_id: string; org_slug: string; org_name: string; creator_role: RoleName | null; creator_disabled_at: Date | null;
};

// The key, its org and its creator's membership in that org in one round trip (this runs on every API request).
// The creator columns are null when the key has no creator or the creator is no longer a member.
const KEY_BY_KEY_ID = `
  SELECT k.id, k.name, k.scopes, k.secret_hash, k.revoked_at, k.expires_at, k.last_used_at,
    o.id AS org_id, o.slug AS org_slug, o.name AS org_name, m.role AS creator_role, u.disabled_at AS creator_disabled_at
  FROM api_keys k
  JOIN organizations o ON o.id = k.org_id
  LEFT JOIN memberships m ON m.org_id = k.org_id AND m.user_id = k.created_by_id
  LEFT JOIN users u ON u.id = m.user_id
  WHERE k.key_id = $1`;

export async function authenticateApiKey(token: string): Promise<ApiKeyPrincipal | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const [key] = await queryRows<ApiKeyRow>({ text: KEY_BY_KEY_ID, values: [parsed.keyId] }, "api-key-by-key-id");
  if (!key || !secretMatches(parsed.secret, key.secret_hash)) return null;
  if (key.revoked_at || (key.expires_at && key.expires_at.getTime() <= Date.now())) return null;
  if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > 60_000) {
    await queryRows({ text: "UPDATE api_keys SET last_used_at = $1 WHERE id = $2::uuid", values: [new Date(), key.id] });
  }
  // A key never exceeds what its creator may still do in that org.
  const ceiling = key.creator_role && !key.creator_disabled_at ? scopesForRole(key.creator_role) : new Set<Scope>();
  const scopes = new Set(key.scopes.filter((s): s is Scope => ceiling.has(s as Scope)));
  return { kind: "api-key", apiKeyId: key.id, name: key.name, org: { id: key.org_id, slug: key.org_slug, name: key.org_name }, scopes };
}
