import { saveOrgDlpPolicyEndpoint } from "@/lib/dlp/endpoints";
import { saveDlpPolicy } from "@/lib/dlp/server/save-dlp-policy";
import { defineRoute } from "@/lib/server/route";

export const PUT = defineRoute(saveOrgDlpPolicyEndpoint, async ({ ctx, body }) => ({ policy: await saveDlpPolicy({ ctx, settings: body }) }));
