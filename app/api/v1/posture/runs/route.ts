import { listPostureRunsEndpoint } from "@/lib/posture/endpoints";
import { listPostureRuns } from "@/lib/posture/server/list-posture-runs";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listPostureRunsEndpoint, ({ ctx }) => listPostureRuns(ctx));
