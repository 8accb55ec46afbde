import { listDatasetFindingsEndpoint } from "@/lib/dlp/endpoints";
import { listDatasetFindings } from "@/lib/dlp/server/list-dataset-findings";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listDatasetFindingsEndpoint, async ({ ctx, params }) => listDatasetFindings({ ctx, datasetId: params.id }));
