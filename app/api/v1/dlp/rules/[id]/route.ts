import { deleteCustomRuleEndpoint, updateCustomRuleEndpoint } from "@/lib/dlp/endpoints";
import { deleteCustomRule } from "@/lib/dlp/server/delete-custom-rule";
import { updateCustomRule } from "@/lib/dlp/server/update-custom-rule";
import { defineRoute } from "@/lib/server/route";

export const PATCH = defineRoute(updateCustomRuleEndpoint, async ({ ctx, params, body }) => ({ rule: await updateCustomRule({ ctx, id: params.id, patch: body }) }));
export const DELETE = defineRoute(deleteCustomRuleEndpoint, async ({ ctx, params }) => deleteCustomRule({ ctx, id: params.id }));
