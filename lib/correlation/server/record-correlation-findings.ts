// Writes the matches of one rule as findings with set-based SQL, with the semantics of lib/dlp/server/record-findings.ts:
// one finding per (org, fingerprint), one occurrence per (finding, event). Differences, on purpose: a correlation
// links at most THRESHOLDS.maxLinks events per finding (its description carries the full counts), so "it recurred"
// is decided by event time instead of by new links: a match whose newest event is later than the finding's last
// sighting refreshes its figures and reopens it when it was resolved. Re-running over the same events changes nothing.
import { createFindingActivities, type RecordResult } from "./finding-activity";
import type { DbTx } from "@/lib/server/db";
import { RULES, THRESHOLDS, type RuleId } from "../catalog";
import { correlationFingerprint, type CorrelationMatch } from "../types";

const byFingerprint = <T extends { fp: string }>(a: T, b: T) => (a.fp < b.fp ? -1 : a.fp > b.fp ? 1 : 0);

export async function recordCorrelationFindings(tx: DbTx, orgId: string, ruleId: RuleId, matches: readonly CorrelationMatch[], now: Date): Promise<RecordResult> {
  if (matches.length === 0) return { created: 0, reopened: 0, refreshed: 0, linked: 0 };
  const unique = new Map<string, CorrelationMatch>();
  for (const m of matches) unique.set(correlationFingerprint(ruleId, m), m);
  // Sorted so concurrent writers lock rows in the same order (no deadlocks).
  const rows = [...unique].map(([fp, m]) => ({ fp, m })).sort(byFingerprint);
  const col = <T,>(f: (m: CorrelationMatch) => T) => rows.map((r) => f(r.m));
  const tags = JSON.stringify(RULES[ruleId].tags);

  const created = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO findings (id, org_id, app_id, dataset_id, source, detector, rule_id, title, description, severity, fingerprint, evidence, tags, score,
      occurrences, first_seen_at, last_seen_at, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, u.app, u.ds, 'CORRELATION', 'correlation', ${ruleId}, u.title, u.descr, u.sev::"Severity", u.fp, u.ev,
      ${tags}::jsonb, u.score, 0, ${now}, ${now}, ${now}
    FROM UNNEST(${col((m) => m.appId)}::uuid[], ${col((m) => m.datasetId)}::uuid[], ${col((m) => m.title)}::text[], ${col((m) => m.description)}::text[],
      ${col((m) => m.severity)}::text[], ${rows.map((r) => r.fp)}::text[], ${col((m) => m.evidence)}::text[], ${col((m) => m.score)}::float8[])
      AS u(app, ds, title, descr, sev, fp, ev, score)
    ON CONFLICT (org_id, fingerprint) DO NOTHING
    RETURNING id`;

  // Existing findings with newer evidence: refresh the figures, bump last seen, reopen a resolved one.
  const refreshed = await tx.$queryRaw<{ id: string; was: string }[]>`
    UPDATE findings f SET title = u.title, description = u.descr, evidence = u.ev, score = GREATEST(f.score, u.score), last_seen_at = ${now}, updated_at = ${now},
      status = CASE WHEN f.status = 'RESOLVED' THEN 'OPEN'::"FindingStatus" ELSE f.status END
    FROM (SELECT id, status FROM findings WHERE org_id = ${orgId}::uuid AND fingerprint = ANY(${rows.map((r) => r.fp)}::text[]) ORDER BY id FOR UPDATE) old,
      UNNEST(${rows.map((r) => r.fp)}::text[], ${col((m) => m.title)}::text[], ${col((m) => m.description)}::text[], ${col((m) => m.evidence)}::text[],
        ${col((m) => m.score)}::float8[], ${col((m) => m.lastEventAt)}::timestamptz[]) AS u(fp, title, descr, ev, score, last_event_at)
    WHERE f.id = old.id AND f.org_id = ${orgId}::uuid AND f.fingerprint = u.fp AND u.last_event_at > f.last_seen_at
    RETURNING f.id, old.status::text AS was`;

  const ids = await tx.$queryRaw<{ id: string; fingerprint: string }[]>`
    SELECT id, fingerprint FROM findings WHERE org_id = ${orgId}::uuid AND fingerprint = ANY(${rows.map((r) => r.fp)}::text[])`;
  const idOf = new Map(ids.map((r) => [r.fingerprint, r.id]));
  const links = rows.flatMap(({ fp, m }) => m.events.map((e, ord) => ({ fid: idOf.get(fp)!, ...e, ord })));
  const linked = links.length === 0 ? [] : await tx.$queryRaw<{ finding_id: string }[]>`
    WITH cand AS (
      SELECT u.fid, u.rt, u.rid, row_number() OVER (PARTITION BY u.fid ORDER BY u.ord) AS rn
      FROM UNNEST(${links.map((l) => l.fid)}::uuid[], ${links.map((l) => l.recordType)}::text[], ${links.map((l) => l.recordId)}::uuid[], ${links.map((l) => l.ord)}::int[])
        AS u(fid, rt, rid, ord)
      WHERE NOT EXISTS (SELECT 1 FROM finding_occurrences o WHERE o.finding_id = u.fid AND o.record_type = u.rt AND o.record_id = u.rid AND o.start = 0)
    ), have AS (
      SELECT finding_id, count(*)::int AS n FROM finding_occurrences WHERE finding_id = ANY(${[...new Set(links.map((l) => l.fid))]}::uuid[]) GROUP BY finding_id
    )
    INSERT INTO finding_occurrences (id, org_id, finding_id, record_type, record_id, start, "end", score)
    SELECT gen_random_uuid(), ${orgId}::uuid, c.fid, c.rt, c.rid, 0, 0, 1
    FROM cand c LEFT JOIN have h ON h.finding_id = c.fid
    WHERE c.rn + coalesce(h.n, 0) <= ${THRESHOLDS.maxLinks}
    ORDER BY c.fid, c.rn
    ON CONFLICT (finding_id, record_type, record_id, start) DO NOTHING
    RETURNING finding_id`;
  if (linked.length) {
    const counts = new Map<string, number>();
    for (const { finding_id } of linked) counts.set(finding_id, (counts.get(finding_id) ?? 0) + 1);
    const bumps = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
    await tx.$executeRaw`
      UPDATE findings f SET occurrences = f.occurrences + u.n
      FROM UNNEST(${bumps.map(([id]) => id)}::uuid[], ${bumps.map(([, n]) => n)}::int[]) AS u(id, n)
      WHERE f.id = u.id AND f.org_id = ${orgId}::uuid`;
  }
  const reopened = refreshed.filter((r) => r.was === "RESOLVED").map((r) => r.id);
  await createFindingActivities(tx, orgId, { created: created.map((c) => c.id), reopened });
  return { created: created.length, reopened: reopened.length, refreshed: refreshed.length, linked: linked.length };
}
