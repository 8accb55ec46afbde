import type { z } from "zod";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { describeUsage, usageKey } from "../app-changes";
import type { TModelUsage, ZModelUsageInput } from "../schemas";
import { modelUsageSelect, toModelUsageDto } from "./app-dto";
import { assertCredentialsInOrg, touchApp } from "./app-references";

type AddModelUsageOptions = { ctx: Ctx; appId: string; usage: z.output<typeof ZModelUsageInput> };

export const addModelUsage = async ({ ctx, appId, usage }: AddModelUsageOptions): Promise<TModelUsage> => {
  const { orgId } = ctx;
  return db.$transaction(async (tx) => {
    const app = await touchApp(tx, orgId, appId);
    const existing = await tx.modelUsage.findMany({ where: { orgId, appId }, select: { provider: true, modelId: true, purpose: true } });
    if (existing.some((u) => usageKey(u) === usageKey(usage))) throw new AppError("CONFLICT", `${app.name} already uses ${describeUsage(usage)}`);
    await assertCredentialsInOrg(tx, orgId, [usage.credentialId]);
    const created = await tx.modelUsage.create({
      data: { ...usage, orgId, appId, credentialId: usage.credentialId ?? null },
      select: modelUsageSelect,
    });
    await writeAudit(tx, ctx, {
      action: "app.model_usage_added", resourceType: "llm_app", resourceId: appId,
      summary: {
        name: app.name, usageId: created.id, provider: created.provider, modelId: created.modelId, purpose: created.purpose,
        credentialId: created.credential?.id ?? null, viaGateway: created.viaGateway,
      },
    });
    return toModelUsageDto(created);
  });
};
