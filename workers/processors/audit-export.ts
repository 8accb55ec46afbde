import type { Job } from "bullmq";
import { failAuditExport, runAuditExport } from "@/lib/audit/server/run-audit-export";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

export async function processAuditExport(job: Job<QueuePayload<"audit-export">>) {
  const payload = QUEUES["audit-export"].payload.parse(job.data);
  try {
    return await runAuditExport(payload);
  } catch (error) {
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
      await failAuditExport({ ...payload, message: "The export failed; try again or contact support with the export id." });
    }
    throw error;
  }
}
