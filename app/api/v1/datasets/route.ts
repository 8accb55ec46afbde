import { createDatasetEndpoint, listDatasetsEndpoint } from "@/lib/catalog/endpoints";
import { createDataset } from "@/lib/catalog/server/create-dataset";
import { listDatasets } from "@/lib/catalog/server/list-datasets";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listDatasetsEndpoint, async ({ ctx, query }) => ({ datasets: await listDatasets({ ctx, filters: query }) }));
export const POST = defineRoute(createDatasetEndpoint, async ({ ctx, body }) => ({ dataset: await createDataset({ ctx, ...body }) }));
