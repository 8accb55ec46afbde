import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { SEVERITIES, STATUSES, type FindingStatus, type Severity } from "../constants";
import type { TFindingCounters, TFindingFilters } from "../schemas";
import { findingWhere } from "./finding-where";
import { userIdOf } from "./list-findings";

/**
 * Counters for the current filters: by severity (active findings only, what needs work), by status (all), and
 * overdue. The severity/status filters themselves are not applied, so the counters show what the chips would select.
 */
export const countFindings = async ({ ctx, filters }: { ctx: Ctx; filters: TFindingFilters }): Promise<TFindingCounters> => {
  const now = new Date();
  const where = findingWhere(ctx.orgId, userIdOf(ctx), { ...filters, severity: undefined, status: undefined }, now);
  const rows = await db.$queryRaw<{ severity: Severity; status: FindingStatus; n: number; overdue: number }[]>`
    SELECT f.severity, f.status, count(*)::int AS n,
      count(*) FILTER (WHERE f.status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND f.sla_due_at < ${now})::int AS overdue
    FROM findings f WHERE ${where}
    GROUP BY f.severity, f.status`;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<FindingStatus, number>;
  let overdue = 0;
  let total = 0;
  for (const r of rows) {
    if (r.status === "OPEN" || r.status === "TRIAGED" || r.status === "IN_PROGRESS") bySeverity[r.severity] += r.n;
    byStatus[r.status] += r.n;
    overdue += r.overdue;
    total += r.n;
  }
  return { bySeverity, byStatus, overdue, total };
};
