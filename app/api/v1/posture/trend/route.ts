import { getPostureTrendEndpoint } from "@/lib/posture/endpoints";
import { getPostureTrend } from "@/lib/posture/server/get-posture-trend";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getPostureTrendEndpoint, ({ ctx, query }) => getPostureTrend({ ctx, days: query.days }));
