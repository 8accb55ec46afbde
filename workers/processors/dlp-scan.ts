import type { Job } from "bullmq";
import { failDlpScan, runDlpScanBatch } from "@/lib/dlp/server/run-dlp-scan-batch";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

export async function processDlpScan(job: Job<QueuePayload<"dlp-scan">>) {
  return runDlpScanBatch(QUEUES["dlp-scan"].payload.parse(job.data));
}

export async function onDlpScanGaveUp(job: Job<QueuePayload<"dlp-scan">>) {
  const payload = QUEUES["dlp-scan"].payload.safeParse(job.data);
  if (payload.success) await failDlpScan({ ...payload.data, message: `Batch ${payload.data.batch + 1} failed after retries; start the scan again.` });
}
