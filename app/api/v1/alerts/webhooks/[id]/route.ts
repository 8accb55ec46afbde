import { deleteAlertWebhookEndpoint, getAlertWebhookEndpoint, updateAlertWebhookEndpoint } from "@/lib/alerts/endpoints";
import { deleteAlertWebhook } from "@/lib/alerts/server/delete-alert-webhook";
import { getAlertWebhook } from "@/lib/alerts/server/get-alert-webhook";
import { updateAlertWebhook } from "@/lib/alerts/server/update-alert-webhook";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(getAlertWebhookEndpoint, async ({ ctx, params }) => ({ webhook: await getAlertWebhook({ ctx, webhookId: params.id }) }));
export const PATCH = defineRoute(updateAlertWebhookEndpoint, ({ ctx, params, body }) => updateAlertWebhook({ ctx, webhookId: params.id, change: body }));
export const DELETE = defineRoute(deleteAlertWebhookEndpoint, ({ ctx, params }) => deleteAlertWebhook({ ctx, webhookId: params.id }));
