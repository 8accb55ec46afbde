import { deleteDataSourceEndpoint, getDataSourceEndpoint, updateDataSourceEndpoint } from "@/lib/catalog/endpoints";
import { deleteDataSource } from "@/lib/catalog/server/delete-data-source";
import { getDataSource } from "@/lib/catalog/server/get-data-source";
import { updateDataSource } from "@/lib/catalog/server/update-data-source";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getDataSourceEndpoint, async ({ ctx, params }) => ({ dataSource: await getDataSource({ ctx, dataSourceId: params.id }) }));
export const PATCH = defineRoute(updateDataSourceEndpoint, async ({ ctx, params, body }) => ({
  dataSource: await updateDataSource({ ctx, dataSourceId: params.id, changes: body }),
}));
export const DELETE = defineRoute(deleteDataSourceEndpoint, async ({ ctx, params }) => {
  await deleteDataSource({ ctx, dataSourceId: params.id });
  return { ok: true as const };
});
