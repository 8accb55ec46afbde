import { getUsageEndpoint } from "@/lib/events/endpoints";
import { getUsage } from "@/lib/events/server/get-usage";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getUsageEndpoint, ({ ctx, query }) => getUsage({ ctx, query }));
