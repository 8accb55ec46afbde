import { attestControlEndpoint } from "@/lib/posture/endpoints";
import { attestControl } from "@/lib/posture/server/attest-control";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(attestControlEndpoint, ({ ctx, body }) => attestControl({ ctx, input: body }));
