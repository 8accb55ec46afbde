import { defineGatewayRoute } from "@/lib/gateway/server/define-gateway-route";

export const POST = defineGatewayRoute("embeddings");
