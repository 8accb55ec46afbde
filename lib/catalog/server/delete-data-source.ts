import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

/** Deletes the source; its datasets stay in the catalog without a source. */
export const deleteDataSource = async ({ ctx, dataSourceId }: { ctx: Ctx; dataSourceId: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.dataSource.findFirst({
      where: { id: dataSourceId, orgId: ctx.orgId },
      select: { name: true, kind: true, _count: { select: { datasets: true } } },
    });
    if (!current) throw notFound("Data source");
    await tx.dataSource.delete({ where: { id: dataSourceId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "data_source.deleted", resourceType: "data_source", resourceId: dataSourceId,
      summary: { name: current.name, kind: current.kind, detachedDatasets: current._count.datasets },
    });
  });
