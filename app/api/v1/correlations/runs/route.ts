import { listCorrelationRunsEndpoint } from "@/lib/correlation/endpoints";
import { listCorrelationRuns } from "@/lib/correlation/server/list-correlation-runs";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listCorrelationRunsEndpoint, ({ ctx, query }) => listCorrelationRuns({ ctx, query }));
