import { ACTIVE_STATUSES, type FindingStatus } from "@/lib/findings/constants";
import { db } from "@/lib/server/db";
import { MAX_ATTEMPTS, type AlertKind, type DeliveryStatus, type WebhookFormat } from "../constants";
import { buildAlertRequest } from "../payload";
import { loadAlertFindings } from "./alert-findings";
import { consoleBaseUrl } from "./console-url";
import { sendAlert, statusLine, type SendOutcome } from "./send-alert";
import { openSigningSecret } from "./webhook-secret";

export type DueDelivery = { id: string; orgId: string; webhookId: string; findingId: string; kind: AlertKind; attempts: number };
export type DeliveryTally = Record<"delivered" | "failed" | "retrying" | "skipped", number>;
export const emptyTally = (): DeliveryTally => ({ delivered: 0, failed: 0, retrying: 0, skipped: 0 });

const isActive = (status: FindingStatus) => (ACTIVE_STATUSES as readonly FindingStatus[]).includes(status);

/** Sends one webhook's due deliveries in order; stops at the first failure worth retrying (the endpoint is struggling). */
export async function deliverWebhookBatch(batch: DueDelivery[]): Promise<DeliveryTally> {
  const tally = emptyTally();
  const { orgId, webhookId } = batch[0]!;
  const hook = await db.alertWebhook.findFirst({ where: { id: webhookId, orgId, enabled: true }, select: { url: true, format: true, secretCipher: true } });
  if (!hook) return tally;
  const secret = hook.secretCipher ? await openSigningSecret(orgId, webhookId, hook.secretCipher) : null;
  const findings = await loadAlertFindings(orgId, batch.map((d) => d.findingId));
  const baseUrl = consoleBaseUrl();

  for (const delivery of batch) {
    const finding = findings.get(delivery.findingId);
    if (!finding || !isActive(finding.status)) {
      const error = finding ? `Not sent: the finding is ${finding.status.toLowerCase().replace(/_/g, " ")} now` : "Not sent: the finding was deleted";
      await db.alertDelivery.updateMany({ where: { id: delivery.id, orgId, status: "PENDING" }, data: { status: "SKIPPED", error } });
      tally.skipped++;
      continue;
    }
    // Claim the attempt first (compare-and-swap on the count): two sweeps never send the same attempt.
    const claimed = await db.alertDelivery.updateMany({
      where: { id: delivery.id, orgId, status: "PENDING", attempts: delivery.attempts }, data: { attempts: { increment: 1 } },
    });
    if (claimed.count === 0) continue;
    const sentAt = new Date();
    const request = buildAlertRequest({ format: hook.format as WebhookFormat, event: delivery.kind, finding, baseUrl, secret, deliveryId: delivery.id, now: sentAt });
    const outcome = await sendAlert(hook.url, request);
    const status: DeliveryStatus = outcome.ok ? "DELIVERED" : outcome.retryable && delivery.attempts + 1 < MAX_ATTEMPTS ? "PENDING" : "FAILED";
    await recordAttempt(delivery, outcome, status, sentAt);
    tally[status === "DELIVERED" ? "delivered" : status === "FAILED" ? "failed" : "retrying"]++;
    if (status === "PENDING") break;
  }
  return tally;
}

async function recordAttempt(delivery: DueDelivery, outcome: SendOutcome, status: DeliveryStatus, sentAt: Date) {
  const { id, orgId, webhookId } = delivery;
  await db.$transaction([
    db.alertDelivery.updateMany({
      where: { id, orgId },
      data: { status, httpStatus: outcome.httpStatus, error: outcome.ok ? null : outcome.error, deliveredAt: outcome.ok ? sentAt : null },
    }),
    db.alertWebhook.updateMany({
      where: { id: webhookId, orgId }, data: { lastStatus: statusLine(outcome, { willRetry: status === "PENDING" }), lastDeliveryAt: sentAt },
    }),
  ]);
}
