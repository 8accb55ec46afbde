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

export const toApiKeyDto = (k: ApiKeyRow, now = Date.now()): TApiKey => ({
  id: k.id, name: k.name, prefix: k.prefix, last4: k.last4, scopes: k.scopes.filter(isScope),
  createdBy: k.createdBy?.email ?? null, createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null, expiresAt: k.expiresAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
  status: k.revokedAt ? "revoked" : k.expiresAt && k.expiresAt.getTime() <= now ? "expired" : "active",
});
