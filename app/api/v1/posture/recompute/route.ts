import { recomputePostureEndpoint } from "@/lib/posture/endpoints";
import { queueRecomputeNow } from "@/lib/posture/server/queue-recompute-now";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(recomputePostureEndpoint, ({ ctx }) => queueRecomputeNow(ctx));
