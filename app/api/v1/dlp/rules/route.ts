import { createCustomRuleEndpoint, listCustomRulesEndpoint } from "@/lib/dlp/endpoints";
import { createCustomRule } from "@/lib/dlp/server/create-custom-rule";
import { listCustomRules } from "@/lib/dlp/server/list-custom-rules";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listCustomRulesEndpoint, async ({ ctx }) => ({ rules: await listCustomRules({ ctx }) }));
export const POST = defineRoute(createCustomRuleEndpoint, async ({ ctx, body }) => ({ rule: await createCustomRule({ ctx, ...body }) }));
