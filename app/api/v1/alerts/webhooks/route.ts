import { createAlertWebhookEndpoint, listAlertWebhooksEndpoint } from "@/lib/alerts/endpoints";
import { createAlertWebhook } from "@/lib/alerts/server/create-alert-webhook";
import { listAlertWebhooks } from "@/lib/alerts/server/list-alert-webhooks";
import { defineRoute } from "@/lib/server/route";

export const GET = defineRoute(listAlertWebhooksEndpoint, async ({ ctx }) => ({ webhooks: await listAlertWebhooks({ ctx }) }));
export const POST = defineRoute(createAlertWebhookEndpoint, ({ ctx, body }) => createAlertWebhook({ ctx, ...body }));
