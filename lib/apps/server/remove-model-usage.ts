import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { touchApp } from "./app-references";

export const removeModelUsage = async ({ ctx, appId, usageId }: { ctx: Ctx; appId: string; usageId: string }) =>
  db.$transaction(async (tx) => {
    const app = await touchApp(tx, ctx.orgId, appId);
    const usage = await tx.modelUsage.findFirst({ where: { id: usageId, appId, orgId: ctx.orgId }, select: { provider: true, modelId: true, purpose: true } });
    if (!usage) throw notFound("Model usage");
    await tx.modelUsage.delete({ where: { id: usageId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "app.model_usage_removed", resourceType: "llm_app", resourceId: appId,
      summary: { name: app.name, usageId, ...usage },
    });
  });
