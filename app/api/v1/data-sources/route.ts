import { createDataSourceEndpoint, listDataSourcesEndpoint } from "@/lib/catalog/endpoints";
import { createDataSource } from "@/lib/catalog/server/create-data-source";
import { listDataSources } from "@/lib/catalog/server/list-data-sources";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listDataSourcesEndpoint, async ({ ctx }) => ({ dataSources: await listDataSources({ ctx }) }));
export const POST = defineRoute(createDataSourceEndpoint, async ({ ctx, body }) => ({ dataSource: await createDataSource({ ctx, ...body }) }));
