import type { Job } from "bullmq";
import { ZAlertSweepPayload, type TAlertSweepPayload } from "@/lib/alerts/schemas";
import { sweepAlerts } from "@/lib/alerts/server/sweep-alerts";

/**
 * The alerts sweep (scheduled every minute). A failed delivery is retried by the sweep's own backoff
 * (alert_deliveries.attempts), not by re-running the job.
 */
export async function processAlertsSweep(job: Job<TAlertSweepPayload>) {
  ZAlertSweepPayload.parse(job.data);
  return sweepAlerts();
}
