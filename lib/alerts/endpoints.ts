// Endpoint contracts of finding alerts (webhooks) (see lib/api/endpoint.ts).
import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  ZAlertWebhookResponse, ZAlertWebhookSecretResponse, ZCreateAlertWebhookRequest, ZListAlertDeliveriesQuery, ZListAlertDeliveriesResponse,
  ZListAlertWebhooksResponse, ZTestAlertWebhookResponse, ZUpdateAlertWebhookRequest,
} from "./schemas";

const tag = "Alerts";

export const listAlertWebhooksEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/alerts/webhooks", tag, scope: "settings:read",
  summary: "Alert webhooks (the URL is shown as its origin and last four characters; never the signing secret)", response: ZListAlertWebhooksResponse,
});

export const createAlertWebhookEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/alerts/webhooks", tag, affectsPosture: true, scope: "settings:manage", successStatus: 201,
  summary: "Add a webhook for new findings and SLA breaches at or above a severity. The URL must be https to a public address (SSRF check); a generic webhook's signing secret is in this response only",
  body: ZCreateAlertWebhookRequest, response: ZAlertWebhookSecretResponse,
});

export const getAlertWebhookEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/alerts/webhooks/{id}", tag, scope: "settings:read",
  summary: "One alert webhook", params: ZIdParams, response: ZAlertWebhookResponse,
});

export const updateAlertWebhookEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/alerts/webhooks/{id}", tag, affectsPosture: true, scope: "settings:manage",
  summary: "Change a webhook (name, URL, format, minimum severity, events, enabled) or rotate its signing secret (the new one is in this response only)",
  params: ZIdParams, body: ZUpdateAlertWebhookRequest, response: ZAlertWebhookSecretResponse,
});

export const deleteAlertWebhookEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/alerts/webhooks/{id}", tag, affectsPosture: true, scope: "settings:manage",
  summary: "Delete a webhook and its delivery log", params: ZIdParams, response: ZOk,
});

export const testAlertWebhookEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/alerts/webhooks/{id}/test", tag, scope: "settings:manage",
  summary: "Send a test message now and report the answer (status code or error)", params: ZIdParams, response: ZTestAlertWebhookResponse,
});

export const listAlertDeliveriesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/alerts/deliveries", tag, scope: "settings:read",
  summary: "Recent alert deliveries, newest first, optionally for one webhook or status", query: ZListAlertDeliveriesQuery, response: ZListAlertDeliveriesResponse,
});
