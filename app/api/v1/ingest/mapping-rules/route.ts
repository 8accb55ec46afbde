import { createMappingRuleEndpoint, listMappingRulesEndpoint } from "@/lib/ingest/endpoints";
import { createMappingRule } from "@/lib/ingest/server/create-mapping-rule";
import { listMappingRules } from "@/lib/ingest/server/list-mapping-rules";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listMappingRulesEndpoint, async ({ ctx }) => ({ rules: await listMappingRules({ ctx }) }));
export const POST = defineRoute(createMappingRuleEndpoint, async ({ ctx, body }) => createMappingRule({ ctx, ...body }));
