import { generateTypedKey } from "@/lib/server/api-key-crypto";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { GATEWAY_PROVIDERS, type TCreateGatewayKeyRequest } from "../schemas";
import { gatewayKeySelect, toGatewayKeyDto } from "./gateway-key-dto";

/** Where SDKs point: GATEWAY_PUBLIC_URL (the gateway's own server) when set, else the console's origin (its /gateway routes). */
export const gatewayBaseUrl = (provider: string) =>
  `${(process.env.GATEWAY_PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "")}/gateway/${provider}${provider === "openai" ? "/v1" : ""}`;

export async function createGatewayKey({ ctx, ...input }: { ctx: Ctx } & TCreateGatewayKeyRequest) {
  if (ctx.principal.kind !== "user") throw new AppError("FORBIDDEN", "Gateway keys are created by signed-in admins");
  const [app, integration] = await Promise.all([
    db.llmApp.findFirst({ where: { id: input.appId, orgId: ctx.orgId }, select: { id: true } }),
    db.integration.findFirst({ where: { id: input.integrationId, orgId: ctx.orgId }, select: { id: true, kind: true, provider: true } }),
  ]);
  if (!app) throw notFound("App");
  if (!integration) throw notFound("Integration");
  if (integration.kind !== "LLM_PROVIDER" || !(GATEWAY_PROVIDERS as readonly string[]).includes(integration.provider)) {
    throw new AppError("VALIDATION_FAILED", "The gateway calls OpenAI and Anthropic: choose an LLM provider integration of one of them");
  }
  const key = generateTypedKey("lgk");
  const createdById = ctx.principal.userId;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.gatewayKey.create({
      data: {
        orgId: ctx.orgId, appId: app.id, integrationId: integration.id, name: input.name, keyId: key.keyId, prefix: key.prefix, secretHash: key.secretHash,
        last4: key.last4, allowedModels: [...new Set(input.allowedModels)], rpmLimit: input.rpmLimit, tpmLimit: input.tpmLimit,
        dailyBudgetUsd: input.dailyBudgetUsd, monthlyBudgetUsd: input.monthlyBudgetUsd, createdById,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      },
      select: gatewayKeySelect,
    });
    await writeAudit(tx, ctx, {
      action: "gateway_key.created", resourceType: "gateway_key", resourceId: created.id,
      summary: { name: input.name, prefix: key.prefix, appId: app.id, integrationId: integration.id, allowedModels: created.allowedModels },
    });
    return created;
  });
  return { key: toGatewayKeyDto(row, ctx.principal.email), secret: key.token, baseUrl: gatewayBaseUrl(integration.provider) };
}
