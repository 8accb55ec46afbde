// Runs every correlation rule for one org over its window ending at `now`. Each rule runs in its own transaction,
// serialized per org + rule by an advisory lock, records a CorrelationRun row (rule, window, matched, created), and
// writes its findings idempotently: running again over the same events creates and links nothing new.
import { writeSystemAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { RuleId } from "../catalog";
import { CORRELATION_RULES } from "../rules";
import { DAY_MS } from "../types";
import { recordCorrelationFindings } from "./record-correlation-findings";

/** How long run records are kept (the detections page shows the recent ones). */
export const RUN_RETENTION_DAYS = 30;

export type RuleRunResult = { rule: RuleId; windowStart: string; windowEnd: string; matched: number; created: number; reopened: number; linked: number };

export async function runCorrelations(orgId: string, now: Date = new Date()): Promise<{ orgId: string; skipped?: "no-org"; rules: RuleRunResult[] }> {
  if (!(await db.organization.findUnique({ where: { id: orgId }, select: { id: true } }))) return { orgId, skipped: "no-org", rules: [] };
  const results: RuleRunResult[] = [];
  for (const rule of CORRELATION_RULES) {
    const window = rule.window(now);
    const result = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`correlation:${orgId}:${rule.id}`}, 0))`;
        const matches = await rule.find(tx, orgId, window);
        const written = await recordCorrelationFindings(tx, orgId, rule.id, matches, now);
        await tx.correlationRun.create({
          data: { orgId, rule: rule.id, windowStart: window.start, windowEnd: window.end, matched: matches.length, created: written.created, ranAt: now },
        });
        if (written.created || written.reopened) {
          await writeSystemAudit(tx, orgId, "correlation", {
            action: "finding.correlated", resourceType: "finding", summary: { rule: rule.id, matched: matches.length, created: written.created, reopened: written.reopened },
          });
        }
        return { matched: matches.length, ...written };
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    results.push({ rule: rule.id, windowStart: window.start.toISOString(), windowEnd: window.end.toISOString(), matched: result.matched, created: result.created, reopened: result.reopened, linked: result.linked });
  }
  await db.correlationRun.deleteMany({ where: { orgId, ranAt: { lt: new Date(now.getTime() - RUN_RETENTION_DAYS * DAY_MS) } } });
  return { orgId, rules: results };
}
