import type { Job } from "bullmq";
import type { QueueName, QueuePayload } from "@/lib/queue/contracts";
import { processAuditExport } from "./processors/audit-export";
import { processMaintenance } from "./processors/maintenance";

export type Registration<Q extends QueueName> = {
  processor: (job: Job<QueuePayload<Q>>) => Promise<unknown>;
  concurrency: number;
};

// A queue without a processor does not compile.
export const registry: { [Q in QueueName]: Registration<Q> } = {
  "audit-export": { processor: processAuditExport, concurrency: 2 },
  maintenance: { processor: processMaintenance, concurrency: 1 },
};
