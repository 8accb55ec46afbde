import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { RULE_IDS, RULES } from "../catalog";
import type { TCorrelationRuleRuns, TListCorrelationRunsQuery } from "../schemas";

const runSelect = { id: true, windowStart: true, windowEnd: true, matched: true, created: true, ranAt: true } as const;

export const listCorrelationRuns = async ({ ctx, query }: { ctx: Ctx; query: TListCorrelationRunsQuery }): Promise<{ rules: TCorrelationRuleRuns[] }> => {
  const [runs, active] = await Promise.all([
    Promise.all(RULE_IDS.map((rule) => db.correlationRun.findMany({ where: { orgId: ctx.orgId, rule }, orderBy: { ranAt: "desc" }, take: query.limit, select: runSelect }))),
    db.finding.groupBy({ by: ["ruleId"], where: { orgId: ctx.orgId, source: "CORRELATION", status: { in: ["OPEN", "TRIAGED", "IN_PROGRESS"] } }, _count: { _all: true } }),
  ]);
  const activeOf = new Map(active.map((a) => [a.ruleId, a._count._all]));
  return {
    rules: RULE_IDS.map((rule, i) => ({
      rule, name: RULES[rule].name, description: RULES[rule].description, threshold: RULES[rule].threshold, severity: RULES[rule].severity,
      activeFindings: activeOf.get(rule) ?? 0,
      runs: runs[i]!.map((r) => ({ id: r.id, windowStart: r.windowStart.toISOString(), windowEnd: r.windowEnd.toISOString(), matched: r.matched, created: r.created, ranAt: r.ranAt.toISOString() })),
    })),
  };
};
