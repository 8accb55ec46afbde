import { enqueue } from "@/lib/queue/queues";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { failDlpScan } from "./run-dlp-scan-batch";
import { scanRunSelect, toScanRunDto } from "./scan-run-dto";

export const DLP_SCAN_BATCH_SIZE = 200;

/** Creates a scan run over every sample of the dataset and, after commit, enqueues one job per batch of ids. */
export const startDatasetScan = async ({ ctx, datasetId }: { ctx: Ctx; datasetId: string }) => {
  const { run, batches } = await db.$transaction(async (tx) => {
    const dataset = await tx.dataset.findFirst({ where: { id: datasetId, orgId: ctx.orgId }, select: { id: true, name: true } });
    if (!dataset) throw notFound("Dataset");
    const running = await tx.dlpScan.findFirst({ where: { orgId: ctx.orgId, datasetId, status: { in: ["QUEUED", "RUNNING"] } }, select: scanRunSelect });
    if (running) return { run: running, batches: [] as string[][] }; // one run at a time per dataset
    const ids = (await tx.datasetSample.findMany({ where: { orgId: ctx.orgId, datasetId }, select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
    if (ids.length === 0) throw new AppError("VALIDATION_FAILED", "The dataset has no samples to scan; add samples first");
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += DLP_SCAN_BATCH_SIZE) batches.push(ids.slice(i, i + DLP_SCAN_BATCH_SIZE));
    const run = await tx.dlpScan.create({
      data: { orgId: ctx.orgId, datasetId, total: ids.length, batches: batches.length, doneBatches: [], requestedById: ctx.principal.kind === "user" ? ctx.principal.userId : null },
      select: scanRunSelect,
    });
    await writeAudit(tx, ctx, { action: "dlp.scan_started", resourceType: "dataset", resourceId: datasetId, summary: { dataset: dataset.name, samples: ids.length, scanId: run.id } });
    return { run, batches };
  });
  try {
    for (const [batch, recordIds] of batches.entries()) {
      await enqueue("dlp-scan", { orgId: ctx.orgId, scanId: run.id, batch, recordType: "dataset_sample", recordIds });
    }
  } catch {
    await failDlpScan({ orgId: ctx.orgId, scanId: run.id, message: "The job queue is unavailable; try again shortly." });
    throw new AppError("UNAVAILABLE", "The job queue is unavailable; try again shortly");
  }
  return toScanRunDto(run);
};
