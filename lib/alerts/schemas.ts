import { z } from "zod";
import { ZId, ZIsoDate, ZLimit } from "@/lib/api/common";
import { SEVERITIES } from "@/lib/findings/constants";
import { ALERT_KINDS, DELIVERY_STATUSES, WEBHOOK_FORMATS } from "./constants";

export const ZAlertWebhook = z
  .object({
    id: ZId,
    name: z.string(),
    /** Scheme and host, then only the URL's last four characters: Slack webhook URLs carry a secret token. */
    urlPreview: z.string(),
    format: z.enum(WEBHOOK_FORMATS),
    minSeverity: z.enum(SEVERITIES),
    onNewFinding: z.boolean(),
    onSlaBreach: z.boolean(),
    enabled: z.boolean(),
    /** Generic webhooks sign every body with a secret shown once (on create and on rotation). */
    signed: z.boolean(),
    lastStatus: z.string().nullable(),
    lastDeliveryAt: ZIsoDate.nullable(),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .strict();
export type TAlertWebhook = z.infer<typeof ZAlertWebhook>;

const ZWebhookUrl = z.string().trim().min(1).max(2000);
const settings = {
  name: z.string().trim().min(1).max(80),
  url: ZWebhookUrl,
  format: z.enum(WEBHOOK_FORMATS),
  minSeverity: z.enum(SEVERITIES),
  onNewFinding: z.boolean(),
  onSlaBreach: z.boolean(),
  enabled: z.boolean(),
};

export const ZCreateAlertWebhookRequest = z
  .object({
    ...settings,
    minSeverity: settings.minSeverity.default("HIGH"),
    onNewFinding: settings.onNewFinding.default(true),
    onSlaBreach: settings.onSlaBreach.default(true),
    enabled: settings.enabled.default(true),
  })
  .strict();
export type TCreateAlertWebhookRequest = z.input<typeof ZCreateAlertWebhookRequest>;

export const ZUpdateAlertWebhookRequest = z
  .object({
    name: settings.name.optional(),
    url: settings.url.optional(),
    format: settings.format.optional(),
    minSeverity: settings.minSeverity.optional(),
    onNewFinding: settings.onNewFinding.optional(),
    onSlaBreach: settings.onSlaBreach.optional(),
    enabled: settings.enabled.optional(),
    /** Generic webhooks only: replaces the signing secret; the new one is in the response, once. */
    rotateSecret: z.literal(true).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "Nothing to change");
export type TUpdateAlertWebhookRequest = z.infer<typeof ZUpdateAlertWebhookRequest>;

export const ZAlertWebhookResponse = z.object({ webhook: ZAlertWebhook }).strict();
export const ZAlertWebhookSecretResponse = z
  .object({
    webhook: ZAlertWebhook,
    /** The signing secret when one was just made (generic format), else null. Never shown again. */
    secret: z.string().nullable(),
  })
  .strict();
export type TAlertWebhookSecretResponse = z.infer<typeof ZAlertWebhookSecretResponse>;
export const ZListAlertWebhooksResponse = z.object({ webhooks: z.array(ZAlertWebhook) }).strict();

export const ZAlertTestResult = z
  .object({ ok: z.boolean(), httpStatus: z.number().int().nullable(), error: z.string().nullable(), durationMs: z.number().int() })
  .strict();
export type TAlertTestResult = z.infer<typeof ZAlertTestResult>;
export const ZTestAlertWebhookResponse = z.object({ result: ZAlertTestResult, webhook: ZAlertWebhook }).strict();

export const ZAlertDelivery = z
  .object({
    id: ZId,
    webhookId: ZId,
    webhookName: z.string(),
    kind: z.enum(ALERT_KINDS),
    status: z.enum(DELIVERY_STATUSES),
    httpStatus: z.number().int().nullable(),
    error: z.string().nullable(),
    attempts: z.number().int(),
    createdAt: ZIsoDate,
    deliveredAt: ZIsoDate.nullable(),
    /** null when the finding was deleted since. */
    finding: z.object({ id: ZId, title: z.string(), severity: z.enum(SEVERITIES) }).strict().nullable(),
  })
  .strict();
export type TAlertDelivery = z.infer<typeof ZAlertDelivery>;

export const ZListAlertDeliveriesQuery = z
  .object({ webhookId: ZId.optional(), status: z.enum(DELIVERY_STATUSES).optional(), limit: ZLimit })
  .strict();
export type TListAlertDeliveriesQuery = z.infer<typeof ZListAlertDeliveriesQuery>;
export const ZListAlertDeliveriesResponse = z.object({ deliveries: z.array(ZAlertDelivery) }).strict();

/** Job payload of the scheduled sweep (carries nothing: the sweep reads the webhooks). */
export const ZAlertSweepPayload = z.object({ reason: z.enum(["scheduled"]) }).strict();
export type TAlertSweepPayload = z.infer<typeof ZAlertSweepPayload>;
