import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

/** Deletes the app with its model usages, data stores and dataset links (the datasets themselves stay). */
export const deleteApp = async ({ ctx, appId }: { ctx: Ctx; appId: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.llmApp.findFirst({
      where: { id: appId, orgId: ctx.orgId },
      select: { name: true, lifecycle: true, _count: { select: { modelUsages: true, dataStores: true, datasetLinks: true } } },
    });
    if (!current) throw notFound("App");
    await tx.llmApp.delete({ where: { id: appId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "app.deleted", resourceType: "llm_app", resourceId: appId,
      summary: { name: current.name, lifecycle: current.lifecycle, ...current._count },
    });
  });
