import { revokeGatewayKeyEndpoint } from "@/lib/gateway/endpoints";
import { revokeGatewayKey } from "@/lib/gateway/server/revoke-gateway-key";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(revokeGatewayKeyEndpoint, ({ ctx, params }) => revokeGatewayKey({ ctx, id: params.id }));
