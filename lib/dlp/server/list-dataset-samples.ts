import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { scanRunSelect, toScanRunDto } from "./scan-run-dto";

/** The newest samples (metadata only: never their content) and the dataset's latest scan run. */
export const listDatasetSamples = async ({ ctx, datasetId }: { ctx: Ctx; datasetId: string }) => {
  const dataset = await db.dataset.findFirst({ where: { id: datasetId, orgId: ctx.orgId }, select: { id: true } });
  if (!dataset) throw notFound("Dataset");
  const where = { orgId: ctx.orgId, datasetId };
  const [rows, total, latest] = await Promise.all([
    db.$queryRaw<{ id: string; label: string; chars: number; finding_count: number; scanned_at: Date | null; created_at: Date }[]>`
      SELECT id, label, length(content) AS chars, finding_count, scanned_at, created_at FROM dataset_samples
      WHERE org_id = ${ctx.orgId}::uuid AND dataset_id = ${datasetId}::uuid ORDER BY created_at DESC, id DESC LIMIT 100`,
    db.datasetSample.count({ where }),
    db.dlpScan.findFirst({ where, select: scanRunSelect, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    samples: rows.map((r) => ({ id: r.id, label: r.label, chars: Number(r.chars), findingCount: r.finding_count, scannedAt: r.scanned_at?.toISOString() ?? null, createdAt: r.created_at.toISOString() })),
    total,
    latestScan: latest ? toScanRunDto(latest) : null,
  };
};
