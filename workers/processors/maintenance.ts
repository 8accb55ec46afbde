import type { Job } from "bullmq";
import { enqueueDuePulls } from "@/lib/connectors/server/enqueue-due-pulls";
import { enqueueCorrelationRuns } from "@/lib/correlation/server/enqueue-correlation-runs";
import { compactFindingCounts } from "@/lib/findings/server/compact-finding-counts";
import { expireRiskAcceptances } from "@/lib/findings/server/expire-risk-acceptances";
import { requeueStoredIngestFiles } from "@/lib/ingest/server/requeue-stored-files";
import { pruneAuditExports } from "@/lib/maintenance/server/prune-audit-exports";
import { pruneSessions } from "@/lib/maintenance/server/prune-sessions";
import { enqueuePostureRecomputes } from "@/lib/posture/server/enqueue-posture-recomputes";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

export async function processMaintenance(job: Job<QueuePayload<"maintenance">>) {
  const { task } = QUEUES.maintenance.payload.parse(job.data);
  switch (task) {
    case "prune-sessions":
      return pruneSessions();
    case "prune-audit-exports":
      return pruneAuditExports();
    case "requeue-ingest-files":
      return requeueStoredIngestFiles();
    case "enqueue-connector-pulls":
      return enqueueDuePulls();
    case "enqueue-correlation-runs":
      return enqueueCorrelationRuns();
    case "expire-risk-acceptances":
      return expireRiskAcceptances();
    case "compact-finding-counts":
      return compactFindingCounts();
    case "enqueue-posture-recomputes":
      return enqueuePostureRecomputes();
  }
}
