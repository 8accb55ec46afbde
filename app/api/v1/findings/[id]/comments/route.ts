import { addFindingCommentEndpoint } from "@/lib/findings/endpoints";
import { addFindingComment } from "@/lib/findings/server/add-finding-comment";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(addFindingCommentEndpoint, ({ ctx, params, body }) => addFindingComment({ ctx, id: params.id, body: body.body }));
