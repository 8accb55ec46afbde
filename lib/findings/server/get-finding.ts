import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { FindingStatus } from "../constants";
import { allowedTransitions, slaStateOf } from "../lifecycle";
import { recordHref, RECORD_LABELS } from "../links";
import type { TFindingDetail } from "../schemas";
import { toTags } from "./finding-dto";

const LINKS_SHOWN = 50;

/** A finding with its evidence, where it was seen (newest 50 links), its history and comments. */
export const getFinding = async ({ ctx, id }: { ctx: Ctx; id: string }): Promise<{ finding: TFindingDetail }> => {
  const f = await db.finding.findFirst({
    where: { id, orgId: ctx.orgId },
    include: {
      app: { select: { name: true } }, dataset: { select: { name: true } },
      assignee: { select: { id: true, name: true, email: true } }, riskApprover: { select: { email: true } },
      activity: { orderBy: { createdAt: "asc" }, take: 500 },
      comments: { orderBy: { createdAt: "asc" }, take: 500 },
      occurrenceRows: { orderBy: { seenAt: "desc" }, take: LINKS_SHOWN },
      _count: { select: { occurrenceRows: true } },
    },
  });
  if (!f) throw notFound("Finding");
  const now = new Date();
  const status = f.status as FindingStatus;
  return {
    finding: {
      id: f.id, title: f.title, source: f.source, detector: f.detector, ruleId: f.ruleId, severity: f.severity, status,
      appId: f.appId, appName: f.app?.name ?? null, assignee: f.assignee,
      slaDueAt: f.slaDueAt?.toISOString() ?? null, slaState: slaStateOf(f.slaDueAt, status, now),
      occurrences: f.occurrences, firstSeenAt: f.firstSeenAt.toISOString(), lastSeenAt: f.lastSeenAt.toISOString(),
      tags: toTags(f.tags), location: f.location,
      description: f.description, evidence: f.evidence, score: f.score,
      references: Array.isArray(f.references) ? f.references.filter((r): r is string => typeof r === "string") : [],
      datasetId: f.datasetId, datasetName: f.dataset?.name ?? null,
      riskAcceptedUntil: f.riskAcceptedUntil?.toISOString() ?? null, riskJustification: f.riskJustification, riskApprover: f.riskApprover?.email ?? null,
      statusChangedAt: f.statusChangedAt.toISOString(), allowedStatuses: [...allowedTransitions(status)],
      links: f.occurrenceRows.map((o) => ({
        recordType: o.recordType, recordId: o.recordId, start: o.start, end: o.end, seenAt: o.seenAt.toISOString(),
        label: RECORD_LABELS[o.recordType] ?? o.recordType, href: recordHref(o.recordType, o.recordId, f.datasetId),
      })),
      linkCount: f._count.occurrenceRows,
      activity: f.activity.map((a) => ({ id: a.id, actor: a.actor, kind: a.kind, field: a.field, from: a.fromValue, to: a.toValue, note: a.note, at: a.createdAt.toISOString() })),
      comments: f.comments.map((c) => ({ id: c.id, author: c.author, body: c.body, at: c.createdAt.toISOString() })),
    },
  };
};
