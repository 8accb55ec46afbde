import type { Job } from "bullmq";
import type { QueueName, QueuePayload } from "@/lib/queue/contracts";
import { onAuditExportGaveUp, processAuditExport } from "./processors/audit-export";
import { onDlpScanGaveUp, processDlpScan } from "./processors/dlp-scan";
import { onIngestFileGaveUp, processIngestFileJob } from "./processors/ingest-file";
import { processAlertsSweep } from "./processors/alerts";
import { processConnectorPull } from "./processors/connector-pull";
import { processCorrelationRun } from "./processors/correlation";
import { processEncryptionRewrap } from "./processors/encryption-rewrap";
import { processMaintenance } from "./processors/maintenance";
import { processPostureRecompute } from "./processors/posture";
import { onOAuthTokenRefreshGaveUp, processOAuthTokenRefresh } from "./processors/oauth-token-refresh";

export type Registration<Q extends QueueName> = {
  processor: (job: Job<QueuePayload<Q>>) => Promise<unknown>;
  concurrency: number;
  /** Runs when a job will not be retried again (attempts used up or stalled too often). */
  onGaveUp?: (job: Job<QueuePayload<Q>>) => Promise<void>;
};

// A queue without a processor does not compile.
export const registry: { [Q in QueueName]: Registration<Q> } = {
  "audit-export": { processor: processAuditExport, concurrency: 2, onGaveUp: onAuditExportGaveUp },
  "dlp-scan": { processor: processDlpScan, concurrency: 2, onGaveUp: onDlpScanGaveUp },
  "connector-pull": { processor: processConnectorPull, concurrency: 2 },
  "ingest-file": { processor: processIngestFileJob, concurrency: 1, onGaveUp: onIngestFileGaveUp },
  "correlation-run": { processor: processCorrelationRun, concurrency: 1 },
  alerts: { processor: processAlertsSweep, concurrency: 1 },
  "encryption-rewrap": { processor: processEncryptionRewrap, concurrency: 1 },
  maintenance: { processor: processMaintenance, concurrency: 1 },
  "posture-recompute": { processor: processPostureRecompute, concurrency: 1 },
  "oauth-token-refresh": { processor: processOAuthTokenRefresh, concurrency: 4, onGaveUp: onOAuthTokenRefreshGaveUp },
};
