import { Prisma } from "@/lib/generated/prisma/client";
import { queryRows } from "@/lib/server/pg-pool";
import type { Ctx } from "@/lib/server/principal";
import { SEVERITIES, STATUSES, type FindingStatus, type Severity } from "../constants";
import type { TFindingCounters, TFindingFilters } from "../schemas";
import { searchWords } from "../search-words";
import { ACTIVE, findingWhere, termMatches } from "./finding-where";
import { userIdOf } from "./list-findings";

/** The rollup's key for "no app" and "unassigned". */
const NO_APP = "00000000-0000-0000-0000-000000000000";
/** A count per severity and status, or (severity and status null) only the overdue count. */
type Group = { severity: Severity | null; status: FindingStatus | null; n: number; overdue: number };

/** Filters the rollup can answer: app, source and assignee (severity and status are the counters' own dimensions). */
const rollupCan = (f: TFindingFilters) => !f.tag && !f.sla && !f.q;

/** The rollups' key for the assignee filter; null matches nothing (an API key has no "me", like the list). */
const assigneeKey = (f: TFindingFilters, userId: string | null) => (f.assignee === "none" ? NO_APP : f.assignee === "me" ? userId : f.assignee) ?? null;

/**
 * The due rollup's grouping (finding_due_deltas.grp and the dim values to sum) for these filters: none of app,
 * source and assignee (grp 0), or exactly one of them; null for two or more (the rollup has no such grouping).
 */
function dueGrouping(f: TFindingFilters, userId: string | null): { grp: number; dims: string[] } | null {
  if ([f.app, f.source, f.assignee].filter(Boolean).length > 1) return null;
  if (f.app) return { grp: 1, dims: [f.app === "none" ? NO_APP : f.app] };
  if (f.source) return { grp: 2, dims: f.source };
  if (f.assignee) {
    const key = assigneeKey(f, userId);
    return { grp: 3, dims: key ? [key] : [] };
  }
  return { grp: 0, dims: [""] };
}

/**
 * Active findings past their due date, per severity and status: the due rollup's days before today (UTC), plus
 * today's findings due before now counted in the active-SLA index (a day's worth instead of every overdue finding).
 * `where` must hold the filters the grouping stands for.
 */
function overdueGroups(orgId: string, grouping: { grp: number; dims: string[] }, where: Prisma.Sql, now: Date): Prisma.Sql {
  const today = now.toISOString().slice(0, 10);
  return Prisma.sql`
    SELECT severity, status, sum(n)::int AS n FROM (
      SELECT severity, status, n FROM finding_due_deltas
      WHERE org_id = ${orgId}::uuid AND grp = ${grouping.grp} AND dim = ANY(${grouping.dims}::text[]) AND due_day < ${today}::date
      UNION ALL
      SELECT f.severity, f.status, 1 FROM findings f
      WHERE ${where} AND ${ACTIVE} AND f.sla_due_at >= ${new Date(`${today}T00:00:00.000Z`)} AND f.sla_due_at < ${now}
    ) due GROUP BY 1, 2 HAVING sum(n) <> 0`;
}

// Groups from the rollup, plus one row with the overdue count (from the due rollup when one grouping covers the
// filters, else from the active-SLA index), in one round trip.
function groupsFromRollup(orgId: string, userId: string | null, f: TFindingFilters, where: Prisma.Sql, now: Date): Prisma.Sql {
  const app = f.app ? Prisma.sql`AND app_key = ${f.app === "none" ? NO_APP : f.app}::uuid` : Prisma.empty;
  const source = f.source ? Prisma.sql`AND source = ANY(${f.source}::"FindingSource"[])` : Prisma.empty;
  const key = assigneeKey(f, userId);
  const assignee = !f.assignee ? Prisma.empty : key ? Prisma.sql`AND assignee_key = ${key}::uuid` : Prisma.sql`AND false`;
  const grouping = dueGrouping(f, userId);
  const overdue = grouping
    ? Prisma.sql`SELECT NULL, NULL, 0, coalesce(sum(n), 0)::int FROM (${overdueGroups(orgId, grouping, where, now)}) o`
    : Prisma.sql`SELECT NULL, NULL, 0, count(*)::int FROM findings f WHERE ${where} AND ${ACTIVE} AND f.sla_due_at IS NOT NULL AND f.sla_due_at < ${now}`;
  return Prisma.sql`
    SELECT severity, status, sum(n)::int AS n, 0 AS overdue FROM finding_count_deltas
    WHERE org_id = ${orgId}::uuid ${app} ${source} ${assignee} GROUP BY 1, 2 HAVING sum(n) <> 0
    UNION ALL
    ${overdue}`;
}

// A search alone: groups and overdue findings from finding_terms, which carries severity, status and due date, so
// this reads only the index. A finding has each word once, so when the first word's prefix covers a single word
// (min = max, two index probes) its rows are the findings; otherwise two words of one finding may share the prefix
// and the rows are made distinct first. Only one branch runs: each is gated on the InitPlan. A one-word search of a
// single word reads the term rollup (finding_term_counts) for its groups, and only its overdue entries in the
// active-due index.
function groupsFromTerms(orgId: string, words: string[], now: Date): Prisma.Sql {
  const [first, ...rest] = words;
  const matches = Prisma.join(
    [termMatches(orgId, first!), ...rest.map((w) => Prisma.sql`t.finding_id IN (SELECT t.finding_id FROM finding_terms t WHERE ${termMatches(orgId, w)})`)],
    " AND ",
  );
  const oneWord = Prisma.sql`(SELECT min(t.term) = max(t.term) FROM finding_terms t WHERE ${termMatches(orgId, first!)})`;
  const overdue = Prisma.sql`(count(*) FILTER (WHERE status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND sla_due_at < ${now}))::int`;
  const distinctRows = Prisma.sql`
    SELECT severity, status, count(*)::int, ${overdue} FROM (
      SELECT t.finding_id, t.severity, t.status, t.sla_due_at FROM finding_terms t WHERE ${matches} AND NOT ${oneWord} GROUP BY 1, 2, 3, 4
    ) distinct_findings GROUP BY 1, 2`;
  if (rest.length === 0) {
    return Prisma.sql`
      SELECT severity, status, sum(n)::int AS n, 0 AS overdue FROM finding_term_counts t WHERE ${matches} AND ${oneWord} GROUP BY 1, 2 HAVING sum(n) <> 0
      UNION ALL
      SELECT NULL, NULL, 0, count(*)::int FROM finding_terms t
      WHERE ${matches} AND t.status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND t.sla_due_at < ${now} AND ${oneWord}
      UNION ALL
      ${distinctRows}`;
  }
  // Each branch aggregates its own rows (the caller adds groups up): no Append or subquery node per matched row.
  return Prisma.sql`
    SELECT severity, status, count(*)::int AS n, ${overdue} AS overdue
    FROM finding_terms t WHERE ${matches} AND ${oneWord} GROUP BY 1, 2
    UNION ALL
    ${distinctRows}`;
}

// Groups and their overdue findings from the matching rows, in one scan.
const groupsFromRows = (where: Prisma.Sql, now: Date) => Prisma.sql`
  SELECT f.severity, f.status, count(*)::int AS n, (count(*) FILTER (WHERE ${ACTIVE} AND f.sla_due_at < ${now}))::int AS overdue
  FROM findings f WHERE ${where} GROUP BY 1, 2`;

/**
 * Counters for the current filters: by severity (active findings only, what needs work), by status (all), and
 * overdue. The severity/status filters themselves are not applied, so the counters show what the chips would
 * select. App, source and assignee filters read the rollups (finding_count_deltas, and finding_due_deltas for overdue
 * findings); other filters count the matching rows.
 */
export const countFindings = async ({ ctx, filters }: { ctx: Ctx; filters: TFindingFilters }): Promise<TFindingCounters> => {
  const now = new Date();
  const f = { ...filters, severity: undefined, status: undefined };
  const words = f.q ? searchWords(f.q) : [];
  const searchOnly = words.length > 0 && !f.app && !f.source && !f.assignee && !f.tag && !f.sla;
  const where = () => findingWhere(ctx.orgId, userIdOf(ctx), f, now);
  // The overdue filter alone (or with one of app, source, assignee): every matching finding is overdue.
  const overdueOnly = f.sla === "overdue" && !f.tag && !f.q ? dueGrouping(f, userIdOf(ctx)) : null;
  // Through the pg pool, not Prisma: on this hot path the query engine cost several times the SQL itself.
  const groups = await queryRows<Group>(
    searchOnly ? groupsFromTerms(ctx.orgId, words, now)
    : rollupCan(f) ? groupsFromRollup(ctx.orgId, userIdOf(ctx), f, where(), now)
    : overdueOnly ? Prisma.sql`SELECT severity, status, n, n AS overdue FROM (${overdueGroups(ctx.orgId, overdueOnly, where(), now)}) o`
    : groupsFromRows(where(), now),
  );
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<FindingStatus, number>;
  let total = 0;
  let overdue = 0;
  for (const g of groups) {
    overdue += g.overdue;
    if (!g.severity || !g.status) continue;
    if (g.status === "OPEN" || g.status === "TRIAGED" || g.status === "IN_PROGRESS") bySeverity[g.severity] += g.n;
    byStatus[g.status] += g.n;
    total += g.n;
  }
  return { bySeverity, byStatus, overdue, total };
};
