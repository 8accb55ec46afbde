import type { Job } from "bullmq";
import { ZCorrelationRunPayload, type CorrelationRunPayload } from "@/lib/correlation/queue";
import { runCorrelations } from "@/lib/correlation/server/run-correlations";

export async function processCorrelationRun(job: Job<CorrelationRunPayload>) {
  const { orgId } = ZCorrelationRunPayload.parse(job.data);
  return runCorrelations(orgId, new Date());
}
