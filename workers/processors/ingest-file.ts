import type { Job } from "bullmq";
import { failIngestFile, processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

export async function processIngestFileJob(job: Job<QueuePayload<"ingest-file">>) {
  return processIngestFile(QUEUES["ingest-file"].payload.parse(job.data));
}

export async function onIngestFileGaveUp(job: Job<QueuePayload<"ingest-file">>) {
  const payload = QUEUES["ingest-file"].payload.safeParse(job.data);
  if (payload.success) await failIngestFile({ ...payload.data, message: "Processing failed after retries; the ledger shows what was stored. Upload the file again to retry." });
}
