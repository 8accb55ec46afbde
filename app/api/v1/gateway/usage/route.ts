import { getGatewayUsageEndpoint } from "@/lib/gateway/endpoints";
import { getGatewayUsage } from "@/lib/gateway/server/get-gateway-usage";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getGatewayUsageEndpoint, ({ ctx, query }) => getGatewayUsage({ ctx, days: query.days, appId: query.appId }));
