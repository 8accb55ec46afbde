import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";
import { API_KEY_SCOPES, SCOPES } from "@/lib/auth/scopes";

/** What every issued credential shows (console API keys and the gateway's virtual keys): never the secret. */
export const ISSUED_KEY_FIELDS = {
  prefix: z.string(),
  last4: z.string(),
  createdBy: z.string().nullable(),
  createdAt: ZIsoDate,
  lastUsedAt: ZIsoDate.nullable(),
  expiresAt: ZIsoDate.nullable(),
  revokedAt: ZIsoDate.nullable(),
  status: z.enum(["active", "expired", "revoked"]),
};

export const ZApiKey = z
  .object({
    id: ZId,
    name: z.string(),
    scopes: z.array(z.enum(SCOPES)),
    ...ISSUED_KEY_FIELDS,
  })
  .strict();
export type TApiKey = z.infer<typeof ZApiKey>;

export const ZListApiKeysResponse = z.object({ apiKeys: z.array(ZApiKey) }).strict();

export const ZCreateApiKeyRequest = z
  .object({
    name: z.string().trim().min(1).max(80),
    scopes: z.array(z.enum(API_KEY_SCOPES as [string, ...string[]])).min(1).max(API_KEY_SCOPES.length),
    expiresInDays: z.number().int().min(1).max(730).nullable().optional(),
  })
  .strict();
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;

export const ZCreateApiKeyResponse = z
  .object({
    apiKey: ZApiKey,
    /** The full key, shown once. Only its hash is stored. */
    secret: z.string(),
  })
  .strict();
export type TCreateApiKeyResponse = z.infer<typeof ZCreateApiKeyResponse>;

export const ZApiKeyResponse = z.object({ apiKey: ZApiKey }).strict();
