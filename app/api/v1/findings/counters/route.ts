import { findingCountersEndpoint } from "@/lib/findings/endpoints";
import { countFindings } from "@/lib/findings/server/count-findings";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(findingCountersEndpoint, ({ ctx, query }) => countFindings({ ctx, filters: query }));
