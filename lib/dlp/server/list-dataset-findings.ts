import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { suggestClassification } from "../policy/classification";
import type { FindingTags, DetectorKind } from "../types";

/** DLP findings of a dataset (most severe and newest first), per-type totals and the classification they call for. */
export const listDatasetFindings = async ({ ctx, datasetId }: { ctx: Ctx; datasetId: string }) => {
  const dataset = await db.dataset.findFirst({ where: { id: datasetId, orgId: ctx.orgId }, select: { classification: true } });
  if (!dataset) throw notFound("Dataset");
  const where = { orgId: ctx.orgId, datasetId, source: "DLP" as const };
  const [rows, groups, severities] = await Promise.all([
    db.finding.findMany({
      where, orderBy: [{ severity: "asc" }, { lastSeenAt: "desc" }, { id: "desc" }], take: 200,
      select: { id: true, detector: true, ruleId: true, title: true, severity: true, status: true, evidence: true, occurrences: true, firstSeenAt: true, lastSeenAt: true, tags: true },
    }),
    db.finding.groupBy({ by: ["detector", "ruleId"], where, _count: { _all: true }, _sum: { occurrences: true } }),
    db.finding.findMany({ where: { ...where, status: { notIn: ["FALSE_POSITIVE"] } }, distinct: ["severity"], select: { severity: true } }),
  ]);
  return {
    findings: rows.map((r) => ({ ...r, detector: r.detector as DetectorKind, tags: r.tags as FindingTags, firstSeenAt: r.firstSeenAt.toISOString(), lastSeenAt: r.lastSeenAt.toISOString() })),
    byType: groups
      .map((g) => ({ detector: g.detector as DetectorKind, ruleId: g.ruleId, findings: g._count._all, occurrences: g._sum.occurrences ?? 0 }))
      .sort((a, b) => b.occurrences - a.occurrences),
    suggestedClassification: suggestClassification(dataset.classification, severities.map((s) => s.severity)),
  };
};
