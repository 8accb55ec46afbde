import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { dataSourceSelect, toDataSourceDto } from "./data-source-dto";

export const getDataSource = async ({ ctx, dataSourceId }: { ctx: Ctx; dataSourceId: string }) => {
  const row = await db.dataSource.findFirst({ where: { id: dataSourceId, orgId: ctx.orgId }, select: dataSourceSelect });
  if (!row) throw notFound("Data source");
  return toDataSourceDto(row);
};
