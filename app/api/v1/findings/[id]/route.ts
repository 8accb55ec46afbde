import { getFindingEndpoint, updateFindingEndpoint } from "@/lib/findings/endpoints";
import { getFinding } from "@/lib/findings/server/get-finding";
import { updateFinding } from "@/lib/findings/server/update-finding";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getFindingEndpoint, ({ ctx, params }) => getFinding({ ctx, id: params.id }));
export const PATCH = defineRoute(updateFindingEndpoint, ({ ctx, params, body }) => updateFinding({ ctx, id: params.id, change: body }));
