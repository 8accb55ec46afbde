import { detectorCatalogEndpoint } from "@/lib/dlp/endpoints";
import { getDetectorCatalog } from "@/lib/dlp/server/get-detector-catalog";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(detectorCatalogEndpoint, async ({ ctx }) => getDetectorCatalog({ ctx }));
