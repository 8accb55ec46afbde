import { startDatasetScanEndpoint } from "@/lib/dlp/endpoints";
import { startDatasetScan } from "@/lib/dlp/server/start-dataset-scan";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(startDatasetScanEndpoint, async ({ ctx, params }) => ({ scan: await startDatasetScan({ ctx, datasetId: params.id }) }));
