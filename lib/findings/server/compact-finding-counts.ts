import { db } from "@/lib/server/db";

/**
 * Maintenance: folds the counters rollups' appended deltas (groups, due days, search terms) into one row per group
 * (zero groups vanish). In the due
 * rollup, days before yesterday (UTC) become one day (1970-01-01): the overdue count sums every day before today, so
 * they need not stay apart, and the rollup keeps a row per group for past days instead of one per day. Rows a
 * concurrent writer appends meanwhile are not in a statement's snapshot, so they stay for the next run.
 */
export async function compactFindingCounts(): Promise<{ before: number; after: number }> {
  const [counts] = await db.$queryRaw<{ before: number; after: number }[]>`
    WITH gone AS (DELETE FROM finding_count_deltas RETURNING *),
    kept AS (
      INSERT INTO finding_count_deltas (org_id, app_key, assignee_key, source, severity, status, n)
      SELECT org_id, app_key, assignee_key, source, severity, status, sum(n)::int FROM gone GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS before, (SELECT count(*) FROM kept)::int AS after`;
  const [due] = await db.$queryRaw<{ before: number; after: number }[]>`
    WITH gone AS (DELETE FROM finding_due_deltas RETURNING *),
    kept AS (
      INSERT INTO finding_due_deltas (org_id, grp, dim, due_day, severity, status, n)
      SELECT org_id, grp, dim, CASE WHEN due_day < (now() AT TIME ZONE 'UTC')::date - 1 THEN DATE '1970-01-01' ELSE due_day END AS day,
        severity, status, sum(n)::int
      FROM gone GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS before, (SELECT count(*) FROM kept)::int AS after`;
  const [terms] = await db.$queryRaw<{ before: number; after: number }[]>`
    WITH gone AS (DELETE FROM finding_term_counts RETURNING *),
    kept AS (
      INSERT INTO finding_term_counts (org_id, term, severity, status, n)
      SELECT org_id, term, severity, status, sum(n)::int FROM gone GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS before, (SELECT count(*) FROM kept)::int AS after`;
  const all = [counts, due, terms];
  return { before: all.reduce((n, r) => n + (r?.before ?? 0), 0), after: all.reduce((n, r) => n + (r?.after ?? 0), 0) };
}
