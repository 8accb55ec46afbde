import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { dataSourceSelect, toDataSourceDto } from "./data-source-dto";

export const listDataSources = async ({ ctx }: { ctx: Ctx }) => {
  const rows = await db.dataSource.findMany({
    where: { orgId: ctx.orgId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: dataSourceSelect,
    take: 1000,
  });
  return rows.map(toDataSourceDto);
};
