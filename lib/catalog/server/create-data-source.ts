import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TCreateDataSourceRequest } from "../schemas";
import { dataSourceSelect, toDataSourceDto } from "./data-source-dto";
import { assertDataSourceNameFree, findIntegrationInOrg } from "./org-refs";

type CreateDataSourceOptions = { ctx: Ctx } & TCreateDataSourceRequest;

export const createDataSource = async ({ ctx, name, kind, description, integrationId }: CreateDataSourceOptions) =>
  db.$transaction(async (tx) => {
    const integration = integrationId ? await findIntegrationInOrg(tx, ctx.orgId, integrationId) : null;
    await assertDataSourceNameFree(tx, ctx.orgId, name);
    const created = await tx.dataSource.create({
      data: { orgId: ctx.orgId, name, kind, description: description ?? "", integrationId: integration?.id ?? null },
      select: dataSourceSelect,
    });
    await writeAudit(tx, ctx, {
      action: "data_source.created", resourceType: "data_source", resourceId: created.id,
      summary: { name, kind, integration: integration?.name ?? null },
    });
    return toDataSourceDto(created);
  });
