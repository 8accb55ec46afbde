import { bulkUpdateFindingsEndpoint } from "@/lib/findings/endpoints";
import { bulkUpdateFindings } from "@/lib/findings/server/bulk-update-findings";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(bulkUpdateFindingsEndpoint, ({ ctx, body }) => bulkUpdateFindings({ ctx, ids: body.ids, change: body.change }));
