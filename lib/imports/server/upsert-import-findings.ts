// Writes the drafts of one import with set-based SQL (INSERT … SELECT FROM UNNEST … ON CONFLICT): one finding per
// (org, fingerprint), one occurrence per finding and import. New findings take the tool's status; existing ones bump
// their count and last seen, refresh the tool's texts (severity stays: analysts may have changed it) and move status
// per statusOnReimport, each move with a history entry by "system".
import type { DbTx } from "@/lib/server/db";
import { evidenceText, findingTags, importFingerprint, locationText, newFindingStatus, statusOnReimport, type FindingStatus, type StatusChange } from "../finding-fields";
import type { ImportDraft } from "../types";

export type ImportScope = { orgId: string; appId: string; importId: string; fileName: string };
export type UpsertCounts = { created: number; updated: number; reopened: number };

// Large files are written in slices so no single statement carries more than this many rows.
const SLICE = 5_000;

type Written = { id: string; fingerprint: string; status: FindingStatus; created: boolean };

export async function upsertImportFindings(tx: DbTx, scope: ImportScope, drafts: readonly ImportDraft[]): Promise<UpsertCounts> {
  // Sorted by fingerprint so concurrent writers lock rows in the same order.
  const rows = drafts.map((d) => ({ d, fp: importFingerprint(scope.appId, d.fingerprint) })).sort((a, b) => (a.fp < b.fp ? -1 : a.fp > b.fp ? 1 : 0));
  const counts: UpsertCounts = { created: 0, updated: 0, reopened: 0 };
  for (let i = 0; i < rows.length; i += SLICE) {
    const slice = rows.slice(i, i + SLICE);
    const written = await writeSlice(tx, scope, slice);
    const draftOf = new Map(slice.map((r) => [r.fp, r.d]));
    await addOccurrences(tx, scope, written.map((w) => w.id));
    const created = written.filter((w) => w.created);
    const changes = written.flatMap((w) => {
      const change = w.created ? null : statusOnReimport(w.status, draftOf.get(w.fingerprint)?.status);
      return change ? [{ ...w, change, note: draftOf.get(w.fingerprint)?.statusNote }] : [];
    });
    await applyStatusChanges(tx, scope, changes);
    await writeActivity(tx, scope, created, changes);
    counts.created += created.length;
    counts.updated += written.length - created.length;
    counts.reopened += changes.filter((c) => c.change.kind === "reopened").length;
  }
  return counts;
}

function writeSlice(tx: DbTx, scope: ImportScope, slice: { d: ImportDraft; fp: string }[]): Promise<Written[]> {
  const col = <T>(f: (r: { d: ImportDraft; fp: string }) => T) => slice.map(f);
  return tx.$queryRaw<Written[]>`
    INSERT INTO findings (id, org_id, app_id, source, detector, rule_id, title, description, severity, status, fingerprint, evidence, tags, occurrences, location, "references", updated_at)
    SELECT gen_random_uuid(), ${scope.orgId}::uuid, ${scope.appId}::uuid, src::"FindingSource", det, rid, ttl, dsc, sev::"Severity", st::"FindingStatus", fp, ev, tg, 1, loc, refs, now()
    FROM UNNEST(${col((r) => r.d.source)}::text[], ${col((r) => r.d.tool)}::text[], ${col((r) => r.d.ruleId)}::text[], ${col((r) => r.d.title)}::text[],
                ${col((r) => r.d.description)}::text[], ${col((r) => r.d.severity)}::text[], ${col((r) => newFindingStatus(r.d.status))}::text[],
                ${col((r) => r.fp)}::text[], ${col((r) => evidenceText(r.d))}::text[], ${col((r) => JSON.stringify(findingTags(r.d)))}::jsonb[],
                ${col((r) => locationText(r.d.location))}::text[], ${col((r) => JSON.stringify(r.d.references))}::jsonb[])
      AS u(src, det, rid, ttl, dsc, sev, st, fp, ev, tg, loc, refs)
    ON CONFLICT (org_id, fingerprint) DO UPDATE SET
      occurrences = findings.occurrences + 1, last_seen_at = now(), updated_at = now(), title = EXCLUDED.title, description = EXCLUDED.description,
      evidence = EXCLUDED.evidence, tags = EXCLUDED.tags, location = EXCLUDED.location, "references" = EXCLUDED."references"
    RETURNING id, fingerprint, status::text AS status, (xmax = 0) AS created`;
}

async function addOccurrences(tx: DbTx, scope: ImportScope, findingIds: string[]) {
  if (findingIds.length === 0) return;
  const sorted = [...findingIds].sort();
  await tx.$executeRaw`
    INSERT INTO finding_occurrences (id, org_id, finding_id, record_type, record_id, start, "end", score)
    SELECT gen_random_uuid(), ${scope.orgId}::uuid, fid, 'import', ${scope.importId}::uuid, 0, 0, 1
    FROM UNNEST(${sorted}::uuid[]) AS u(fid)
    ON CONFLICT (finding_id, record_type, record_id, start) DO NOTHING`;
}

type Change = Written & { change: StatusChange; note: string | undefined };

async function applyStatusChanges(tx: DbTx, scope: ImportScope, changes: Change[]) {
  if (changes.length === 0) return;
  await tx.$executeRaw`
    UPDATE findings f SET status = u.st::"FindingStatus", updated_at = now()
    FROM UNNEST(${changes.map((c) => c.id)}::uuid[], ${changes.map((c) => c.change.to)}::text[]) AS u(id, st)
    WHERE f.id = u.id AND f.org_id = ${scope.orgId}::uuid`;
}

async function writeActivity(tx: DbTx, scope: ImportScope, created: Written[], changes: Change[]) {
  const from = `import ${scope.fileName}`.slice(0, 300);
  const rows = [
    ...created.map((w) => ({ id: w.id, kind: "created", field: null, from: null, to: w.status, note: `Imported from ${scope.fileName}` })),
    ...changes.map((c) => ({
      id: c.id, kind: c.change.kind, field: "status", from: c.status, to: c.change.to,
      note: (c.change.kind === "reopened" ? `Reported again by ${from}` : `${c.note ?? "Reported closed"} (${from})`).slice(0, 2000),
    })),
  ];
  await insertActivity(tx, scope.orgId, rows);
}

export type ActivityRow = { id: string; kind: string; field: string | null; from: string | null; to: string | null; note: string };

/** History entries by "system", set-based (thousands per import). */
export async function insertActivity(tx: DbTx, orgId: string, rows: ActivityRow[]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO finding_activity (id, org_id, finding_id, actor, kind, field, from_value, to_value, note)
    SELECT gen_random_uuid(), ${orgId}::uuid, fid, 'system', k, fld, fv, tv, n
    FROM UNNEST(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.field)}::text[],
                ${rows.map((r) => r.from)}::text[], ${rows.map((r) => r.to)}::text[], ${rows.map((r) => r.note)}::text[]) AS u(fid, k, fld, fv, tv, n)`;
}
