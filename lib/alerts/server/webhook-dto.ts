import type { Severity } from "@/lib/findings/constants";
import type { WebhookFormat } from "../constants";
import type { TAlertWebhook } from "../schemas";

export const webhookSelect = {
  id: true, name: true, url: true, format: true, minSeverity: true, onNewFinding: true, onSlaBreach: true, enabled: true,
  lastStatus: true, lastDeliveryAt: true, createdAt: true, updatedAt: true,
} as const;

export type WebhookRow = {
  id: string; name: string; url: string; format: string; minSeverity: Severity; onNewFinding: boolean; onSlaBreach: boolean; enabled: boolean;
  lastStatus: string | null; lastDeliveryAt: Date | null; createdAt: Date; updatedAt: Date;
};

/** Origin and the last four characters: enough to recognise a URL whose path may be a credential (Slack). */
export function urlPreview(raw: string): string {
  try {
    const url = new URL(raw);
    const rest = raw.slice(url.origin.length);
    return rest.length > 1 ? `${url.origin}/…${rest.slice(-4)}` : url.origin;
  } catch {
    return "(invalid URL)";
  }
}

/** Where audit summaries and logs may say a webhook points: the origin only. */
export const urlOrigin = (raw: string) => {
  try {
    return new URL(raw).origin;
  } catch {
    return "(invalid URL)";
  }
};

// Generic webhooks always have a signing secret (create, update and rotation keep it so); Slack ones never do.
export const toWebhookDto = (w: WebhookRow): TAlertWebhook => ({
  id: w.id, name: w.name, urlPreview: urlPreview(w.url), format: w.format as WebhookFormat, minSeverity: w.minSeverity,
  onNewFinding: w.onNewFinding, onSlaBreach: w.onSlaBreach, enabled: w.enabled, signed: w.format === "generic",
  lastStatus: w.lastStatus, lastDeliveryAt: w.lastDeliveryAt?.toISOString() ?? null,
  createdAt: w.createdAt.toISOString(), updatedAt: w.updatedAt.toISOString(),
});
