// The dlp-scan job: scans one batch of stored records under the org's policy and writes their findings, the
// records' scan marks and the run's progress in one transaction. The run remembers which batch numbers it has
// applied, so a retried or duplicated job changes nothing twice.
import type { QueuePayload } from "@/lib/queue/contracts";
import { secretFingerprinter } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { scanWithPolicy } from "../policy/scan";
import { severityOf } from "../policy/severity";
import { loadCustomRules, loadEffectivePolicy } from "./policy-store";
import { recordFindings, type ScopedFinding } from "./record-findings";

class BatchAlreadyApplied extends Error {}

export async function runDlpScanBatch({ orgId, scanId, batch, recordIds }: QueuePayload<"dlp-scan">) {
  const scan = await db.dlpScan.findFirst({ where: { id: scanId, orgId }, select: { datasetId: true, status: true, doneBatches: true, dataset: { select: { name: true } } } });
  if (!scan || scan.status === "FAILED" || scan.doneBatches.includes(batch)) return { skipped: true as const };
  await db.dlpScan.updateMany({ where: { id: scanId, orgId, status: "QUEUED" }, data: { status: "RUNNING" } });

  const samples = await db.datasetSample.findMany({ where: { id: { in: recordIds }, orgId, datasetId: scan.datasetId ?? undefined }, select: { id: true, content: true } });
  const [policy, custom, fingerprint] = await Promise.all([loadEffectivePolicy(orgId), loadCustomRules(orgId), secretFingerprinter(orgId)]);
  const where = scan.dataset ? `dataset “${scan.dataset.name}”` : "a stored record";
  const perSample = new Map<string, number>();
  const found: ScopedFinding[] = [];
  for (const sample of samples) {
    const findings = scanWithPolicy(sample.content, policy.settings, custom.detector);
    perSample.set(sample.id, findings.length);
    for (const f of findings) {
      const severity = severityOf(f, f.detector === "custom" ? custom.severityOf(f.type) : undefined);
      found.push({ ...f, recordId: sample.id, valueHash: fingerprint(sample.content.slice(f.start, f.end)), severity, title: `${f.type} in ${where}` });
    }
  }

  try {
    return await db.$transaction(async (tx) => {
      // Claims the batch number first: a concurrent duplicate waits on this row lock, then finds it taken.
      const claimed: { scanned: number; total: number; batches: number; done: number }[] = await tx.$queryRaw`
        UPDATE dlp_scans SET done_batches = array_append(done_batches, ${batch}), scanned = scanned + ${recordIds.length}
        WHERE id = ${scanId}::uuid AND org_id = ${orgId}::uuid AND NOT (${batch} = ANY(done_batches))
        RETURNING scanned, total, batches, cardinality(done_batches) AS done`;
      const progress = claimed[0];
      if (!progress) throw new BatchAlreadyApplied();
      const newOccurrences = await recordFindings(tx, { orgId, appId: null, datasetId: scan.datasetId, recordType: "dataset_sample" }, found);
      for (const [id, count] of perSample) {
        await tx.datasetSample.updateMany({ where: { id, orgId }, data: { lastScanId: scanId, findingCount: count, scannedAt: new Date() } });
      }
      const finished = progress.done >= progress.batches;
      await tx.dlpScan.update({
        where: { id: scanId, orgId },
        data: { findings: { increment: newOccurrences }, ...(finished ? { status: "SUCCEEDED", finishedAt: new Date() } : {}) },
      });
      return { skipped: false as const, scanned: samples.length, newOccurrences };
    });
  } catch (error) {
    if (error instanceof BatchAlreadyApplied) return { skipped: true as const };
    throw error;
  }
}

/** After the last retry: the run is marked failed so its progress bar does not spin forever. */
export async function failDlpScan({ orgId, scanId, message }: { orgId: string; scanId: string; message: string }) {
  await db.dlpScan.updateMany({ where: { id: scanId, orgId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: message, finishedAt: new Date() } });
}
