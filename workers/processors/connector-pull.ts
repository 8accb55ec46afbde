import type { Job } from "bullmq";
import { ZConnectorPullPayload, type TConnectorPullPayload } from "@/lib/connectors/schemas";
import { runPull } from "@/lib/connectors/server/run-pull";

/**
 * A scheduled pull. A transient failure (network, 429, 5xx) throws so the job retries; a refused key or an
 * unexpected answer is recorded in the pull state and not retried (retrying cannot help).
 */
export async function processConnectorPull(job: Job<TConnectorPullPayload>) {
  const result = await runPull(ZConnectorPullPayload.parse(job.data));
  if (result.outcome === "skipped") return result;
  if (result.outcome === "failed" && result.failureKind === "transient") throw new Error(result.error ?? "The pull failed");
  return {
    outcome: result.outcome, error: result.error,
    files: result.streams.map((s) => ({ source: s.source, records: s.records, fileId: s.file?.id ?? null, stored: s.file?.stored ?? 0, duplicates: s.file?.duplicates ?? 0 })),
  };
}
