import { issuedKeyFields } from "@/lib/api-keys/server/api-key-dto";
import type { TGatewayKey } from "../schemas";

export const gatewayKeySelect = {
  id: true, name: true, appId: true, integrationId: true, prefix: true, last4: true, allowedModels: true, rpmLimit: true, tpmLimit: true,
  dailyBudgetUsd: true, monthlyBudgetUsd: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true,
  app: { select: { name: true } }, integration: { select: { name: true, provider: true } }, createdById: true,
} as const;

type Decimalish = { toNumber(): number } | null;
type GatewayKeyRow = {
  id: string; name: string; appId: string; integrationId: string; prefix: string; last4: string; allowedModels: string[];
  rpmLimit: number | null; tpmLimit: number | null; dailyBudgetUsd: Decimalish; monthlyBudgetUsd: Decimalish;
  createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null;
  app: { name: string }; integration: { name: string; provider: string }; createdById: string | null;
};

export const toGatewayKeyDto = (k: GatewayKeyRow, createdBy: string | null, now = Date.now()): TGatewayKey => ({
  id: k.id, name: k.name, appId: k.appId, appName: k.app.name, integrationId: k.integrationId, integrationName: k.integration.name,
  provider: k.integration.provider, allowedModels: k.allowedModels, rpmLimit: k.rpmLimit, tpmLimit: k.tpmLimit,
  dailyBudgetUsd: k.dailyBudgetUsd?.toNumber() ?? null, monthlyBudgetUsd: k.monthlyBudgetUsd?.toNumber() ?? null,
  ...issuedKeyFields(k, createdBy, now),
});
