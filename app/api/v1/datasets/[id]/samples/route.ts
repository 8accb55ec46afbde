import { addDatasetSamplesEndpoint, listDatasetSamplesEndpoint } from "@/lib/dlp/endpoints";
import { addDatasetSamples } from "@/lib/dlp/server/add-dataset-samples";
import { listDatasetSamples } from "@/lib/dlp/server/list-dataset-samples";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listDatasetSamplesEndpoint, async ({ ctx, params }) => listDatasetSamples({ ctx, datasetId: params.id }));
export const POST = defineRoute(addDatasetSamplesEndpoint, async ({ ctx, params, body }) => addDatasetSamples({ ctx, datasetId: params.id, ...body }));
