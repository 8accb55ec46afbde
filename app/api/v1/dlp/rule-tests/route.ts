import { testCustomRuleEndpoint } from "@/lib/dlp/endpoints";
import { testCustomRule } from "@/lib/dlp/server/test-custom-rule";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(testCustomRuleEndpoint, async ({ body }) => testCustomRule(body));
