import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TUpdateDataSourceRequest } from "../schemas";
import { changedFields } from "@/lib/audit/changed-fields";
import { dataSourceSelect, toDataSourceDto } from "./data-source-dto";
import { assertDataSourceNameFree, findIntegrationInOrg } from "./org-refs";

type UpdateDataSourceOptions = { ctx: Ctx; dataSourceId: string; changes: TUpdateDataSourceRequest };

export const updateDataSource = async ({ ctx, dataSourceId, changes }: UpdateDataSourceOptions) =>
  db.$transaction(async (tx) => {
    const current = await tx.dataSource.findFirst({
      where: { id: dataSourceId, orgId: ctx.orgId },
      select: { name: true, kind: true, description: true, integrationId: true },
    });
    if (!current) throw notFound("Data source");
    if (changes.integrationId) await findIntegrationInOrg(tx, ctx.orgId, changes.integrationId);
    if (changes.name !== undefined) await assertDataSourceNameFree(tx, ctx.orgId, changes.name, dataSourceId);
    const diff = changedFields(current, changes);
    const updated = await tx.dataSource.update({
      where: { id: dataSourceId, orgId: ctx.orgId },
      data: {
        name: changes.name, kind: changes.kind, description: changes.description,
        integrationId: changes.integrationId,
      },
      select: dataSourceSelect,
    });
    if (diff) {
      await writeAudit(tx, ctx, {
        action: "data_source.updated", resourceType: "data_source", resourceId: dataSourceId,
        summary: { name: updated.name, before: diff.before, after: diff.after },
      });
    }
    return toDataSourceDto(updated);
  });
