import { createFindingEndpoint, listFindingsEndpoint } from "@/lib/findings/endpoints";
import { createManualFinding } from "@/lib/findings/server/create-manual-finding";
import { listFindings } from "@/lib/findings/server/list-findings";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listFindingsEndpoint, ({ ctx, query }) => listFindings({ ctx, query }));
export const POST = defineRoute(createFindingEndpoint, ({ ctx, body }) => createManualFinding({ ctx, input: body }));
