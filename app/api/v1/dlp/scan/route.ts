import { scanTextEndpoint } from "@/lib/dlp/endpoints";
import { scanTextRequest } from "@/lib/dlp/server/scan-text";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(scanTextEndpoint, async ({ ctx, body }) => scanTextRequest({ ctx, ...body }));
