// Step 2 of the sweep: send what is due, oldest first, a bounded amount per webhook and per sweep.
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { ATTEMPT_OFFSETS_SECONDS, DELIVERIES_PER_SWEEP, DELIVERIES_PER_WEBHOOK_PER_SWEEP, MAX_ATTEMPTS, WEBHOOK_CONCURRENCY } from "../constants";
import { deliverWebhookBatch, emptyTally, type DeliveryTally, type DueDelivery } from "./deliver-webhook-batch";

export async function deliverPendingAlerts(now: Date): Promise<DeliveryTally> {
  // Attempt n is due ATTEMPT_OFFSETS_SECONDS[n] after the delivery was queued (the retry backoff). Ranked per
  // webhook so that one webhook's backlog cannot crowd the others out of a sweep.
  const due = await db.$queryRaw<DueDelivery[]>`
    SELECT id, "orgId", "webhookId", "findingId", kind, attempts FROM (
      SELECT d.id, d.org_id AS "orgId", d.webhook_id AS "webhookId", d.finding_id AS "findingId", d.kind, d.attempts, d.created_at,
             row_number() OVER (PARTITION BY d.webhook_id ORDER BY d.created_at, d.id) AS rank
      FROM alert_deliveries d
      JOIN alert_webhooks w ON w.id = d.webhook_id AND w.org_id = d.org_id
      WHERE w.enabled AND d.status = 'PENDING' AND d.attempts < ${MAX_ATTEMPTS}
        AND d.created_at + make_interval(secs => (${[...ATTEMPT_OFFSETS_SECONDS]}::int[])[d.attempts + 1]) <= ${now}::timestamptz
    ) ranked
    WHERE rank <= ${DELIVERIES_PER_WEBHOOK_PER_SWEEP}
    ORDER BY created_at, id
    LIMIT ${DELIVERIES_PER_SWEEP}`;
  const batches = new Map<string, DueDelivery[]>();
  for (const d of due) batches.set(d.webhookId, [...(batches.get(d.webhookId) ?? []), d]);
  const tally = emptyTally();
  const queue = [...batches.values()];
  const worker = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      try {
        const done = await deliverWebhookBatch(batch);
        for (const key of Object.keys(tally) as (keyof DeliveryTally)[]) tally[key] += done[key];
      } catch (error) {
        // One webhook's trouble (e.g. an unreadable secret) must not stop the others.
        logger.error({ webhookId: batch[0]!.webhookId, err: error instanceof Error ? error.message : String(error) }, "alert delivery batch failed");
      }
    }
  };
  await Promise.all(Array.from({ length: WEBHOOK_CONCURRENCY }, worker));
  return tally;
}
