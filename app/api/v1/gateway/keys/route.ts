import { createGatewayKeyEndpoint, listGatewayKeysEndpoint } from "@/lib/gateway/endpoints";
import { createGatewayKey } from "@/lib/gateway/server/create-gateway-key";
import { listGatewayKeys } from "@/lib/gateway/server/list-gateway-keys";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listGatewayKeysEndpoint, ({ ctx, query }) => listGatewayKeys({ ctx, appId: query.appId }));
export const POST = defineRoute(createGatewayKeyEndpoint, ({ ctx, body }) => createGatewayKey({ ctx, ...body }));
