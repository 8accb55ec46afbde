import { testAlertWebhookEndpoint } from "@/lib/alerts/endpoints";
import { testAlertWebhook } from "@/lib/alerts/server/test-alert-webhook";
import { defineRoute } from "@/lib/server/route";

export const POST = defineRoute(testAlertWebhookEndpoint, ({ ctx, params }) => testAlertWebhook({ ctx, webhookId: params.id }));
