import { getDlpScanEndpoint } from "@/lib/dlp/endpoints";
import { getDlpScan } from "@/lib/dlp/server/get-dlp-scan";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getDlpScanEndpoint, async ({ ctx, params }) => ({ scan: await getDlpScan({ ctx, id: params.id }) }));
