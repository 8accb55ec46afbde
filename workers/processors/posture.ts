import type { Job } from "bullmq";
import { recomputePosture } from "@/lib/posture/server/recompute-posture";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

export async function processPostureRecompute(job: Job<QueuePayload<"posture-recompute">>) {
  const { orgId, trigger } = QUEUES["posture-recompute"].payload.parse(job.data);
  return recomputePosture(orgId, trigger);
}
