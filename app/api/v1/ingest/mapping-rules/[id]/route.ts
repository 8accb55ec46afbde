import { deleteMappingRuleEndpoint } from "@/lib/ingest/endpoints";
import { deleteMappingRule } from "@/lib/ingest/server/delete-mapping-rule";
import { defineRoute } from "@/lib/server/route";

export const DELETE = defineRoute(deleteMappingRuleEndpoint, async ({ ctx, params }) => deleteMappingRule({ ctx, id: params.id }));
