import { db } from "@/lib/server/db";

/**
 * Maintenance: folds the counters rollup's appended deltas into one row per group (zero groups vanish). Rows a
 * concurrent writer appends meanwhile are not in this statement's snapshot, so they stay for the next run.
 */
export async function compactFindingCounts(): Promise<{ before: number; after: number }> {
  const [row] = await db.$queryRaw<{ before: number; after: number }[]>`
    WITH gone AS (DELETE FROM finding_count_deltas RETURNING *),
    kept AS (
      INSERT INTO finding_count_deltas (org_id, app_key, assignee_key, source, severity, status, n)
      SELECT org_id, app_key, assignee_key, source, severity, status, sum(n)::int FROM gone GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS before, (SELECT count(*) FROM kept)::int AS after`;
  return row ?? { before: 0, after: 0 };
}
