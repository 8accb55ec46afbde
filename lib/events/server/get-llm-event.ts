import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TEventFinding } from "../schemas";
import { appNamesOf } from "./app-names";
import { llmEventDetailSelect, toLlmEventDetailDto } from "./llm-event-dto";

const MAX_FINDINGS = 200;

export const getLlmEvent = async ({ ctx, eventId }: { ctx: Ctx; eventId: string }) => {
  const row = await db.llmEvent.findFirst({ where: { id: eventId, orgId: ctx.orgId }, select: llmEventDetailSelect });
  if (!row) throw notFound("LLM event");
  const [names, findings] = await Promise.all([appNamesOf(ctx.orgId, [row.appId]), findingsOf(ctx.orgId, row.id)]);
  return toLlmEventDetailDto(row, names, findings);
};

/** DLP findings seen in this event (one finding may occur at several offsets of the prompt or completion). */
async function findingsOf(orgId: string, eventId: string): Promise<TEventFinding[]> {
  const occurrences = await db.findingOccurrence.findMany({
    where: { orgId, recordType: "llm_event", recordId: eventId, finding: { orgId } },
    orderBy: { start: "asc" },
    take: MAX_FINDINGS,
    select: { finding: { select: { id: true, ruleId: true, title: true, detector: true, severity: true, status: true, evidence: true } } },
  });
  const byId = new Map<string, TEventFinding>();
  for (const { finding: f } of occurrences) {
    const seen = byId.get(f.id);
    if (seen) seen.occurrences += 1;
    else byId.set(f.id, { findingId: f.id, ruleId: f.ruleId, title: f.title, detector: f.detector, severity: f.severity, status: f.status, evidence: f.evidence, occurrences: 1 });
  }
  return [...byId.values()];
}
