import type { Job } from "bullmq";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";
import { rewrapDataKeys } from "@/lib/server/crypto";

export async function processEncryptionRewrap(job: Job<QueuePayload<"encryption-rewrap">>) {
  QUEUES["encryption-rewrap"].payload.parse(job.data);
  return rewrapDataKeys();
}
