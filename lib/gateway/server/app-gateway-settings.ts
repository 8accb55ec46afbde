import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TGatewayAppSettings, TGatewayAppSettingsBody } from "../schemas";

const EMPTY: TGatewayAppSettingsBody = { rpmLimit: null, tpmLimit: null, dailyBudgetUsd: null, monthlyBudgetUsd: null, maxInputTokens: null, maxOutputTokens: null };
type Row = { rpmLimit: number | null; tpmLimit: number | null; dailyBudgetUsd: { toNumber(): number } | null; monthlyBudgetUsd: { toNumber(): number } | null; maxInputTokens: number | null; maxOutputTokens: number | null; updatedAt: Date };

const toDto = (app: { id: string; name: string }, row: Row | null): TGatewayAppSettings => ({
  appId: app.id, appName: app.name, ...EMPTY,
  ...(row ? { rpmLimit: row.rpmLimit, tpmLimit: row.tpmLimit, dailyBudgetUsd: row.dailyBudgetUsd?.toNumber() ?? null, monthlyBudgetUsd: row.monthlyBudgetUsd?.toNumber() ?? null, maxInputTokens: row.maxInputTokens, maxOutputTokens: row.maxOutputTokens } : {}),
  updatedAt: row?.updatedAt.toISOString() ?? null,
});

export async function getAppGatewaySettings({ ctx, appId }: { ctx: Ctx; appId: string }) {
  const app = await db.llmApp.findFirst({ where: { id: appId, orgId: ctx.orgId }, select: { id: true, name: true, gatewaySettings: true } });
  if (!app) throw notFound("App");
  return toDto(app, app.gatewaySettings);
}

export async function saveAppGatewaySettings({ ctx, appId, settings }: { ctx: Ctx; appId: string; settings: TGatewayAppSettingsBody }) {
  const result = await db.$transaction(async (tx) => {
    const app = await tx.llmApp.findFirst({ where: { id: appId, orgId: ctx.orgId }, select: { id: true, name: true } });
    if (!app) throw notFound("App");
    const row = await tx.gatewayAppSettings.upsert({ where: { appId }, create: { orgId: ctx.orgId, appId, ...settings }, update: settings });
    await writeAudit(tx, ctx, { action: "gateway_app_settings.saved", resourceType: "app", resourceId: appId, summary: { ...settings } });
    return toDto(app, row);
  });
  return result;
}

export async function getGatewayOrgSettings({ ctx }: { ctx: Ctx }) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { gatewayStoreContent: true } });
  return { storeContent: org.gatewayStoreContent };
}

export async function saveGatewayOrgSettings({ ctx, storeContent }: { ctx: Ctx; storeContent: boolean }) {
  await db.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: ctx.orgId }, data: { gatewayStoreContent: storeContent } });
    await writeAudit(tx, ctx, { action: "gateway_settings.saved", resourceType: "organization", resourceId: ctx.orgId, summary: { storeContent } });
  });
  return { storeContent };
}
