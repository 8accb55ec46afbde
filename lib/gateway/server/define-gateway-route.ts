import type { GatewayOperation } from "../wire";
import { handleGatewayCall } from "./gateway-call";
import { fromWebRequest } from "./gateway-request";

/**
 * A provider-compatible gateway endpoint on the console's own origin (app/gateway/**). Not defineRoute: callers are
 * SDKs holding a virtual key, and every answer, errors included, must be in the provider's own wire format. The
 * gateway's own server (gateway/main.ts) serves the same endpoints without Next.js in the path.
 */
export const defineGatewayRoute = (op: GatewayOperation) => (req: Request) => handleGatewayCall(op, fromWebRequest(req));
