import { deleteAppDlpPolicyEndpoint, saveAppDlpPolicyEndpoint } from "@/lib/dlp/endpoints";
import { deleteAppDlpPolicy } from "@/lib/dlp/server/delete-app-dlp-policy";
import { saveDlpPolicy } from "@/lib/dlp/server/save-dlp-policy";
import { defineRoute } from "@/lib/server/route";

export const PUT = defineRoute(saveAppDlpPolicyEndpoint, async ({ ctx, params, body }) => ({ policy: await saveDlpPolicy({ ctx, appId: params.id, settings: body }) }));
export const DELETE = defineRoute(deleteAppDlpPolicyEndpoint, async ({ ctx, params }) => ({ policy: await deleteAppDlpPolicy({ ctx, appId: params.id }) }));
