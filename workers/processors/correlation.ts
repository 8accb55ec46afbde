import type { Job } from "bullmq";
import { ZCorrelationRunPayload, type CorrelationRunPayload } from "@/lib/correlation/queue";
import { runCorrelations } from "@/lib/correlation/server/run-correlations";
import { requestPostureRecompute } from "@/lib/posture/server/request-posture-recompute";

export async function processCorrelationRun(job: Job<CorrelationRunPayload>) {
  const { orgId } = ZCorrelationRunPayload.parse(job.data);
  const result = await runCorrelations(orgId, new Date());
  if (result.rules.some((r) => r.created || r.reopened)) await requestPostureRecompute(orgId);
  return result;
}
