import { getPostureEndpoint } from "@/lib/posture/endpoints";
import { readPostureSummaryJson } from "@/lib/posture/server/get-posture-summary";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getPostureEndpoint, async ({ ctx }) =>
  new Response(await readPostureSummaryJson(ctx), { headers: { "content-type": "application/json", "cache-control": "no-store" } }));
