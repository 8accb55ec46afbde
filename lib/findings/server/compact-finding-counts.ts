import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

type Compacted = { before: number; after: number };

/**
 * One rollup's compaction in one statement: every row is deleted and re-inserted summed per group (`groups`, the
 * rollup's columns other than n, or expressions of them), zero groups dropped. Rows a concurrent writer appends
 * meanwhile are not in the statement's snapshot, so they stay for the next run.
 */
async function compact(table: string, columns: string, groups = columns): Promise<Compacted> {
  const ordinals = columns.split(",").map((_, i) => i + 1).join(", ");
  const [row] = await db.$queryRaw<Compacted[]>`
    WITH gone AS (DELETE FROM ${Prisma.raw(table)} RETURNING *),
    kept AS (
      INSERT INTO ${Prisma.raw(table)} (${Prisma.raw(columns)}, n)
      SELECT ${Prisma.raw(groups)}, sum(n)::int FROM gone GROUP BY ${Prisma.raw(ordinals)} HAVING sum(n) <> 0
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM gone)::int AS before, (SELECT count(*) FROM kept)::int AS after`;
  return row ?? { before: 0, after: 0 };
}

/**
 * Maintenance: folds the counters rollups' appended deltas (groups, due days, search terms) into one row per group.
 * In the due rollup, days before yesterday (UTC) become one day (1970-01-01): the overdue count sums every day before
 * today, so they need not stay apart, and the rollup keeps a row per group for past days instead of one per day.
 */
export async function compactFindingCounts(): Promise<Compacted> {
  const all = [
    await compact("finding_count_deltas", "org_id, app_key, assignee_key, source, severity, status"),
    await compact(
      "finding_due_deltas",
      "org_id, grp, dim, due_day, severity, status",
      "org_id, grp, dim, CASE WHEN due_day < (now() AT TIME ZONE 'UTC')::date - 1 THEN DATE '1970-01-01' ELSE due_day END, severity, status",
    ),
    await compact("finding_term_counts", "org_id, term, severity, status"),
  ];
  return { before: all.reduce((n, r) => n + r.before, 0), after: all.reduce((n, r) => n + r.after, 0) };
}
