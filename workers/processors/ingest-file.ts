import type { Job } from "bullmq";
import { failIngestFile, processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { requestPostureRecompute } from "@/lib/posture/server/request-posture-recompute";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

export async function processIngestFileJob(job: Job<QueuePayload<"ingest-file">>) {
  const payload = QUEUES["ingest-file"].payload.parse(job.data);
  const result = await processIngestFile(payload);
  await requestPostureRecompute(payload.orgId); // new traffic, usage and findings are posture evidence
  return result;
}

export async function onIngestFileGaveUp(job: Job<QueuePayload<"ingest-file">>) {
  const payload = QUEUES["ingest-file"].payload.safeParse(job.data);
  if (payload.success) await failIngestFile({ ...payload.data, message: "Processing failed after retries; the ledger shows what was stored. Upload the file again to retry." });
}
