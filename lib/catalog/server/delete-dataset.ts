import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

/** Deletes the dataset and its app links; app data stores that held it keep existing, unbound. */
export const deleteDataset = async ({ ctx, datasetId }: { ctx: Ctx; datasetId: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.dataset.findFirst({
      where: { id: datasetId, orgId: ctx.orgId },
      select: { name: true, classification: true, _count: { select: { appLinks: true } } },
    });
    if (!current) throw notFound("Dataset");
    await tx.dataset.delete({ where: { id: datasetId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "dataset.deleted", resourceType: "dataset", resourceId: datasetId,
      summary: { name: current.name, classification: current.classification, removedLinks: current._count.appLinks },
    });
  });
