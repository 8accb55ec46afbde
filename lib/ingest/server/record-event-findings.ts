// recordFindings (lib/dlp/server/record-findings.ts) for a plain `pg` transaction: the same statements and
// semantics (one finding per (org, fingerprint), one occurrence per (finding, record, offset), a resolved
// finding that recurs is reopened with a history entry), so ingestion batches write their findings in their own
// transaction. Keep the two in step.
import type { PoolClient } from "pg";
import { dlpFingerprint, type FindingScope, type ScopedFinding } from "@/lib/dlp/server/record-findings";

const UPSERT_FINDINGS = `
  INSERT INTO findings (id, org_id, app_id, dataset_id, source, detector, rule_id, title, severity, fingerprint, value_hash, evidence, tags, score, occurrences, updated_at)
  SELECT gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, 'DLP', d, r, t, s::"Severity", fp, vh, ev, tg, sc, 0, now()
  FROM UNNEST($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::float8[])
    AS u(d, r, t, s, fp, vh, ev, tg, sc)
  ON CONFLICT (org_id, fingerprint) DO UPDATE SET score = GREATEST(findings.score, EXCLUDED.score)
  RETURNING id, fingerprint`;

const INSERT_OCCURRENCES = `
  INSERT INTO finding_occurrences (id, org_id, finding_id, record_type, record_id, start, "end", score)
  SELECT gen_random_uuid(), $1::uuid, fid, $2::text, rid, st, en, sc
  FROM UNNEST($3::uuid[], $4::uuid[], $5::int[], $6::int[], $7::float8[]) AS u(fid, rid, st, en, sc)
  ON CONFLICT (finding_id, record_type, record_id, start) DO NOTHING
  RETURNING finding_id`;

const BUMP_FINDINGS = `
  UPDATE findings f SET occurrences = f.occurrences + u.n, last_seen_at = now(), updated_at = now(),
    status = CASE WHEN f.status = 'RESOLVED' AND f.occurrences > 0 THEN 'OPEN'::"FindingStatus" ELSE f.status END
  FROM UNNEST($1::uuid[], $2::int[]) AS u(id, n)
  WHERE f.id = u.id AND f.org_id = $3::uuid`;

const REOPENING = `SELECT id FROM findings WHERE id = ANY($1::uuid[]) AND org_id = $2::uuid AND status = 'RESOLVED' AND occurrences > 0`;

const REOPENED_ACTIVITY = `
  INSERT INTO finding_activity (id, org_id, finding_id, actor, kind, field, from_value, to_value, note)
  SELECT gen_random_uuid(), $1::uuid, fid, 'system', 'reopened', 'status', 'RESOLVED', 'OPEN', $3::text FROM UNNEST($2::uuid[]) AS fid`;

const byKey = <T,>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Returns how many occurrences were new. */
export async function recordEventFindings(client: PoolClient, scope: FindingScope, found: readonly ScopedFinding[]): Promise<number> {
  if (found.length === 0) return 0;
  const fingerprints = found.map((f) => dlpFingerprint(scope, f));
  const unique = new Map<string, ScopedFinding>();
  found.forEach((f, i) => {
    if (!unique.has(fingerprints[i]!)) unique.set(fingerprints[i]!, f);
  });
  // Sorted so concurrent batches lock rows in the same order (no deadlocks).
  const rows = [...unique].sort(byKey(([fp]) => fp));
  const { rows: ids } = await client.query<{ id: string; fingerprint: string }>(UPSERT_FINDINGS, [
    scope.orgId, scope.appId, scope.datasetId,
    rows.map(([, f]) => f.detector), rows.map(([, f]) => f.type), rows.map(([, f]) => f.title), rows.map(([, f]) => f.severity),
    rows.map(([fp]) => fp), rows.map(([, f]) => f.valueHash), rows.map(([, f]) => f.preview), rows.map(([, f]) => JSON.stringify(f.tags)),
    rows.map(([, f]) => f.score),
  ]);
  const idOf = new Map(ids.map((r) => [r.fingerprint, r.id]));
  const occ = found.map((f, i) => ({ f, findingId: idOf.get(fingerprints[i]!)! })).sort(byKey((o) => o.findingId));
  const { rows: inserted } = await client.query<{ finding_id: string }>(INSERT_OCCURRENCES, [
    scope.orgId, scope.recordType,
    occ.map((o) => o.findingId), occ.map((o) => o.f.recordId), occ.map((o) => o.f.start), occ.map((o) => o.f.end), occ.map((o) => o.f.score),
  ]);
  if (inserted.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const { finding_id } of inserted) counts.set(finding_id, (counts.get(finding_id) ?? 0) + 1);
  const bumps = [...counts].sort(byKey(([id]) => id));
  // The upsert above locked these rows: the ones about to reopen are known before the update.
  const { rows: reopening } = await client.query<{ id: string }>(REOPENING, [bumps.map(([id]) => id), scope.orgId]);
  await client.query(BUMP_FINDINGS, [bumps.map(([id]) => id), bumps.map(([, n]) => n), scope.orgId]);
  if (reopening.length) await client.query(REOPENED_ACTIVITY, [scope.orgId, reopening.map((r) => r.id), `Seen again in a ${scope.recordType.replace("_", " ")}`]);
  return inserted.length;
}
