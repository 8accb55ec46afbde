// The alerts vocabulary and its limits, shared by the API, the UI and the sweep.

export const WEBHOOK_FORMATS = ["slack", "generic"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export const FORMAT_LABELS: Record<WebhookFormat, string> = { slack: "Slack-compatible", generic: "Generic JSON (signed)" };

export const ALERT_KINDS = ["new_finding", "sla_breach"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const KIND_LABELS: Record<AlertKind | "test", string> = { new_finding: "New finding", sla_breach: "SLA breached", test: "Test" };

export const DELIVERY_STATUSES = ["PENDING", "DELIVERED", "FAILED", "SKIPPED"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const MAX_WEBHOOKS_PER_ORG = 20;

/** How far back the sweep looks for new findings and SLA breaches (never before the webhook existed). */
export const ALERT_LOOKBACK_HOURS = 24;

/**
 * When attempt n (0-based) of a delivery is due, counted from the delivery's creation: a retry schedule
 * without a "next attempt" column. After the last one fails the delivery is FAILED.
 */
export const ATTEMPT_OFFSETS_SECONDS = [0, 60, 300, 900, 3600] as const;
export const MAX_ATTEMPTS = ATTEMPT_OFFSETS_SECONDS.length;

/** Per sweep: deliveries sent at most, per webhook and in all, and webhooks served at the same time. */
export const DELIVERIES_PER_WEBHOOK_PER_SWEEP = 25;
export const DELIVERIES_PER_SWEEP = 500;
export const WEBHOOK_CONCURRENCY = 4;
export const DELIVERY_TIMEOUT_MS = 8_000;
export const DELIVERY_MAX_REDIRECTS = 3;

export const SIGNATURE_HEADER = "X-LLMSecOps-Signature";
export const TIMESTAMP_HEADER = "X-LLMSecOps-Timestamp";
export const DELIVERY_HEADER = "X-LLMSecOps-Delivery";
