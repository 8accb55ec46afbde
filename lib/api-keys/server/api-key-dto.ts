import { isScope } from "@/lib/auth/scopes";
import type { TApiKey } from "../schemas";

export const apiKeySelect = {
  id: true, name: true, prefix: true, last4: true, scopes: true, createdAt: true, lastUsedAt: true,
  expiresAt: true, revokedAt: true, createdBy: { select: { email: true } },
} as const;

type ApiKeyRow = {
  id: string; name: string; prefix: string; last4: string; scopes: string[]; createdAt: Date;
  lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null; createdBy: { email: string } | null;
};

type IssuedKeyRow = { prefix: string; last4: string; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null };

/** The ISSUED_KEY_FIELDS of a key row: dates as ISO text, and its status at `now`. */
export const issuedKeyFields = (k: IssuedKeyRow, createdBy: string | null, now: number) => ({
  prefix: k.prefix, last4: k.last4, createdBy, createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null, expiresAt: k.expiresAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
  status: k.revokedAt ? ("revoked" as const) : k.expiresAt && k.expiresAt.getTime() <= now ? ("expired" as const) : ("active" as const),
});

export const toApiKeyDto = (k: ApiKeyRow, now = Date.now()): TApiKey => ({
  id: k.id, name: k.name, scopes: k.scopes.filter(isScope), ...issuedKeyFields(k, k.createdBy?.email ?? null, now),
});
