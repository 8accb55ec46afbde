import { getAppScorecardEndpoint } from "@/lib/posture/endpoints";
import { getAppScorecard } from "@/lib/posture/server/get-app-scorecard";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getAppScorecardEndpoint, ({ ctx, params }) => getAppScorecard({ ctx, id: params.id }));
