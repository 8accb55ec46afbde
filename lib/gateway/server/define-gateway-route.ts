import type { GatewayOperation } from "../wire";
import { handleGatewayCall } from "./gateway-call";

/**
 * A provider-compatible gateway endpoint (app/gateway/**). Not defineRoute: callers are SDKs holding a virtual key,
 * and every answer, errors included, must be in the provider's own wire format.
 */
export const defineGatewayRoute = (op: GatewayOperation) => (req: Request) => handleGatewayCall(op, req);
