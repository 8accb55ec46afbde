import type { Job } from "bullmq";
import { failAuditExport, runAuditExport } from "@/lib/audit/server/run-audit-export";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

export async function processAuditExport(job: Job<QueuePayload<"audit-export">>) {
  return runAuditExport(QUEUES["audit-export"].payload.parse(job.data));
}

/** Called once retries are used up, including for stalled jobs, so no export stays RUNNING forever. */
export async function onAuditExportGaveUp(job: Job<QueuePayload<"audit-export">>) {
  const payload = QUEUES["audit-export"].payload.safeParse(job.data);
  if (payload.success) await failAuditExport({ ...payload.data, message: "The export failed; try again or contact support with the export id." });
}
