import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

type UnlinkDatasetOptions = { ctx: Ctx; datasetId: string; linkId: string };

export const unlinkDatasetFromApp = async ({ ctx, datasetId, linkId }: UnlinkDatasetOptions) =>
  db.$transaction(async (tx) => {
    const link = await tx.datasetAppLink.findFirst({
      where: { id: linkId, datasetId, orgId: ctx.orgId },
      select: { appId: true, access: true, app: { select: { name: true } }, dataset: { select: { name: true } } },
    });
    if (!link) throw notFound("Link");
    await tx.datasetAppLink.delete({ where: { id: linkId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "dataset.unlinked", resourceType: "dataset", resourceId: datasetId,
      summary: { dataset: link.dataset.name, app: link.app.name, appId: link.appId, access: link.access, linkId },
    });
  });
