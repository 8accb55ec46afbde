// A tool that reports its complete results (no failed run) and no longer reports a finding of this app: the finding
// was fixed. Only active findings move; analysts' closures stay. "Seen in this import" is its occurrence row.
import type { DbTx } from "@/lib/server/db";
import { insertActivity, type ImportScope } from "./upsert-import-findings";

export async function resolveMissingFindings(tx: DbTx, scope: ImportScope, source: "SAST" | "SCA", tools: readonly string[]): Promise<number> {
  if (tools.length === 0) return 0;
  const resolved = await tx.$queryRaw<{ id: string; previous: string; detector: string }[]>`
    WITH gone AS (
      SELECT f.id, f.status FROM findings f
      WHERE f.org_id = ${scope.orgId}::uuid AND f.app_id = ${scope.appId}::uuid AND f.source = ${source}::"FindingSource"
        AND f.detector = ANY(${[...tools]}::text[]) AND f.status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS')
        AND NOT EXISTS (
          SELECT 1 FROM finding_occurrences o
          WHERE o.finding_id = f.id AND o.record_type = 'import' AND o.record_id = ${scope.importId}::uuid AND o.start = 0)
      ORDER BY f.id
      FOR UPDATE
    )
    UPDATE findings f SET status = 'RESOLVED', updated_at = now()
    FROM gone WHERE f.id = gone.id AND f.org_id = ${scope.orgId}::uuid
    RETURNING f.id, gone.status::text AS previous, f.detector`;
  if (resolved.length === 0) return 0;
  await insertActivity(tx, scope.orgId, resolved.map((r) => ({
    id: r.id, kind: "resolved_by_import", field: "status", from: r.previous, to: "RESOLVED",
    note: `Not reported by the latest ${r.detector} scan (import ${scope.fileName})`.slice(0, 2000),
  })));
  return resolved.length;
}
