import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";
import { ISSUED_KEY_FIELDS } from "@/lib/api-keys/schemas";

const ZLimitValue = z.number().int().min(1).max(100_000_000).nullable();
const ZBudget = z.number().min(0.01).max(10_000_000).nullable();
const ZModelName = z.string().trim().min(1).max(200).regex(/^[\w.:/@-]+$/, "letters, digits and . : / @ - _ only");

export const GATEWAY_PROVIDERS = ["openai", "anthropic"] as const;
export type GatewayProvider = (typeof GATEWAY_PROVIDERS)[number];

export const ZGatewayKey = z
  .object({
    id: ZId,
    name: z.string(),
    appId: ZId,
    appName: z.string(),
    integrationId: ZId,
    integrationName: z.string(),
    provider: z.string(),
    allowedModels: z.array(z.string()),
    rpmLimit: z.number().int().nullable(),
    tpmLimit: z.number().int().nullable(),
    dailyBudgetUsd: z.number().nullable(),
    monthlyBudgetUsd: z.number().nullable(),
    ...ISSUED_KEY_FIELDS,
  })
  .strict();
export type TGatewayKey = z.infer<typeof ZGatewayKey>;

export const ZListGatewayKeysQuery = z.object({ appId: ZId.optional() }).strict();
export const ZListGatewayKeysResponse = z.object({ keys: z.array(ZGatewayKey) }).strict();
export const ZGatewayKeyResponse = z.object({ key: ZGatewayKey }).strict();

export const ZCreateGatewayKeyRequest = z
  .object({
    name: z.string().trim().min(1).max(80),
    appId: ZId,
    integrationId: ZId,
    allowedModels: z.array(ZModelName).max(50).default([]),
    rpmLimit: ZLimitValue.default(null),
    tpmLimit: ZLimitValue.default(null),
    dailyBudgetUsd: ZBudget.default(null),
    monthlyBudgetUsd: ZBudget.default(null),
    expiresInDays: z.number().int().min(1).max(730).nullable().default(null),
  })
  .strict();
export type TCreateGatewayKeyRequest = z.infer<typeof ZCreateGatewayKeyRequest>;

export const ZCreateGatewayKeyResponse = z
  .object({
    key: ZGatewayKey,
    /** The full virtual key (lgk_…), shown once. Only its hash is stored. */
    secret: z.string(),
    /** What an SDK sets as its base URL to go through the gateway. */
    baseUrl: z.string(),
  })
  .strict();

export const ZGatewayAppSettingsBody = z
  .object({
    rpmLimit: ZLimitValue,
    tpmLimit: ZLimitValue,
    dailyBudgetUsd: ZBudget,
    monthlyBudgetUsd: ZBudget,
    maxInputTokens: z.number().int().min(1).max(10_000_000).nullable(),
    maxOutputTokens: z.number().int().min(1).max(10_000_000).nullable(),
  })
  .strict();
export type TGatewayAppSettingsBody = z.infer<typeof ZGatewayAppSettingsBody>;
export const ZGatewayAppSettings = ZGatewayAppSettingsBody.extend({ appId: ZId, appName: z.string(), updatedAt: ZIsoDate.nullable() }).strict();
export type TGatewayAppSettings = z.infer<typeof ZGatewayAppSettings>;

export const ZGatewayOrgSettings = z.object({ storeContent: z.boolean() }).strict();

export const ZGatewayUsageQuery = z
  .object({ days: z.coerce.number().int().min(1).max(90).default(30), appId: ZId.optional() })
  .strict();

const ZUsageCounts = z
  .object({
    requests: z.number().int(),
    inputTokens: z.number().int(),
    outputTokens: z.number().int(),
    costUsd: z.number(),
    blocked: z.number().int(),
    redacted: z.number().int(),
    limited: z.number().int(),
    errors: z.number().int(),
  })
  .strict();

export const ZGatewayUsage = z
  .object({
    from: ZIsoDate,
    to: ZIsoDate,
    totals: ZUsageCounts.extend({ latencyP50Ms: z.number().nullable(), latencyP95Ms: z.number().nullable() }).strict(),
    byDay: z.array(ZUsageCounts.extend({ day: z.string() }).strict()),
    byKey: z.array(ZUsageCounts.extend({ keyPrefix: z.string(), keyName: z.string().nullable(), appName: z.string().nullable() }).strict()),
    /** Guardrail coverage: the share of each app's model calls (every ingested source) that went through the gateway. */
    coverage: z.array(z.object({ appId: ZId, appName: z.string(), gatewayRequests: z.number().int(), totalRequests: z.number().int(), share: z.number().nullable() }).strict()),
  })
  .strict();
export type TGatewayUsage = z.infer<typeof ZGatewayUsage>;
