// Writes the findings of a batch of scanned records with set-based SQL (INSERT … SELECT FROM UNNEST): one finding
// per (org, fingerprint), one occurrence per (finding, record, offset). Re-running the same batch adds nothing,
// so the job is idempotent; a resolved finding that recurs is reopened with a history entry. The statements are
// built once as Prisma.Sql and run by whichever transaction the caller holds: a Prisma one (DLP dataset scans) or
// a plain pg client (ingestion batches, see lib/ingest/server/write-batch.ts).
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTx } from "@/lib/server/db";
import { pgRunner } from "@/lib/server/pg-pool";
import type { Severity } from "../policy/severity";
import type { Finding } from "../types";

export type ScopedFinding = Finding & { recordId: string; valueHash: string; severity: Severity; title: string };
export type FindingScope = { orgId: string; appId: string | null; datasetId: string | null; recordType: string };
/** Runs one statement in the caller's transaction and returns its rows. */
type Run = <T>(sql: Prisma.Sql) => Promise<T[]>;

export const prismaRunner = (tx: DbTx): Run => (sql) => tx.$queryRaw(sql);
export { pgRunner };

/** Stable per scope + detector + type + value (the value enters only as its org-keyed HMAC). */
export const dlpFingerprint = (scope: FindingScope, f: Pick<ScopedFinding, "detector" | "type" | "valueHash">) =>
  createHash("sha256").update(`dlp|${scope.appId ?? ""}|${scope.datasetId ?? ""}|${f.detector}|${f.type}|${f.valueHash}`).digest("hex").slice(0, 48);

const byKey = <T,>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Returns how many occurrences were new. Pass a Prisma transaction or a runner (pgRunner) for a pg transaction. */
export async function recordFindings(tx: DbTx | Run, scope: FindingScope, found: readonly ScopedFinding[]): Promise<number> {
  if (found.length === 0) return 0;
  const run = typeof tx === "function" ? tx : prismaRunner(tx);
  const fingerprints = found.map((f) => dlpFingerprint(scope, f));
  const unique = new Map<string, ScopedFinding>();
  found.forEach((f, i) => {
    if (!unique.has(fingerprints[i]!)) unique.set(fingerprints[i]!, f);
  });
  // Sorted so concurrent batches lock rows in the same order (no deadlocks).
  const rows = [...unique].sort(byKey(([fp]) => fp));
  const ids = await run<{ id: string; fingerprint: string }>(Prisma.sql`
    INSERT INTO findings (id, org_id, app_id, dataset_id, source, detector, rule_id, title, severity, fingerprint, value_hash, evidence, tags, score, occurrences, updated_at)
    SELECT gen_random_uuid(), ${scope.orgId}::uuid, ${scope.appId}::uuid, ${scope.datasetId}::uuid, 'DLP', d, r, t, s::"Severity", fp, vh, ev, tg, sc, 0, now()
    FROM UNNEST(${rows.map(([, f]) => f.detector)}::text[], ${rows.map(([, f]) => f.type)}::text[], ${rows.map(([, f]) => f.title)}::text[],
                ${rows.map(([, f]) => f.severity)}::text[], ${rows.map(([fp]) => fp)}::text[], ${rows.map(([, f]) => f.valueHash)}::text[],
                ${rows.map(([, f]) => f.preview)}::text[], ${rows.map(([, f]) => JSON.stringify(f.tags))}::jsonb[], ${rows.map(([, f]) => f.score)}::float8[])
      AS u(d, r, t, s, fp, vh, ev, tg, sc)
    ON CONFLICT (org_id, fingerprint) DO UPDATE SET score = GREATEST(findings.score, EXCLUDED.score)
    RETURNING id, fingerprint`);
  const idOf = new Map(ids.map((r) => [r.fingerprint, r.id]));
  const occ = found.map((f, i) => ({ f, findingId: idOf.get(fingerprints[i]!)! })).sort(byKey((o) => o.findingId));
  const inserted = await run<{ finding_id: string }>(Prisma.sql`
    INSERT INTO finding_occurrences (id, org_id, finding_id, record_type, record_id, start, "end", score)
    SELECT gen_random_uuid(), ${scope.orgId}::uuid, fid, ${scope.recordType}::text, rid, st, en, sc
    FROM UNNEST(${occ.map((o) => o.findingId)}::uuid[], ${occ.map((o) => o.f.recordId)}::uuid[], ${occ.map((o) => o.f.start)}::int[],
                ${occ.map((o) => o.f.end)}::int[], ${occ.map((o) => o.f.score)}::float8[]) AS u(fid, rid, st, en, sc)
    ON CONFLICT (finding_id, record_type, record_id, start) DO NOTHING
    RETURNING finding_id`);
  if (inserted.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const { finding_id } of inserted) counts.set(finding_id, (counts.get(finding_id) ?? 0) + 1);
  const bumps = [...counts].sort(byKey(([id]) => id));
  const bumpIds = bumps.map(([id]) => id);
  // The upsert above locked these rows: the ones about to reopen are known before the update.
  const reopening = await run<{ id: string }>(Prisma.sql`
    SELECT id FROM findings WHERE id = ANY(${bumpIds}::uuid[]) AND org_id = ${scope.orgId}::uuid AND status = 'RESOLVED' AND occurrences > 0`);
  await run(Prisma.sql`
    UPDATE findings f SET occurrences = f.occurrences + u.n, last_seen_at = now(), updated_at = now(),
      status = CASE WHEN f.status = 'RESOLVED' AND f.occurrences > 0 THEN 'OPEN'::"FindingStatus" ELSE f.status END
    FROM UNNEST(${bumpIds}::uuid[], ${bumps.map(([, n]) => n)}::int[]) AS u(id, n)
    WHERE f.id = u.id AND f.org_id = ${scope.orgId}::uuid`);
  if (reopening.length) {
    await run(Prisma.sql`
      INSERT INTO finding_activity (id, org_id, finding_id, actor, kind, field, from_value, to_value, note)
      SELECT gen_random_uuid(), ${scope.orgId}::uuid, fid, 'system', 'reopened', 'status', 'RESOLVED', 'OPEN', ${`Seen again in a ${scope.recordType.replace("_", " ")}`}::text
      FROM UNNEST(${reopening.map((r) => r.id)}::uuid[]) AS fid`);
  }
  return inserted.length;
}
