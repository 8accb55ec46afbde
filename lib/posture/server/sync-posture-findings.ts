// A failing control raises one POSTURE finding per (app, control); it resolves itself when the control stops
// failing (passes, becomes not applicable or needs attestation, or the app is gone), and reopens when it fails
// again. Findings a person closed as false positive or accepted as a risk are left as they are.
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Control } from "../types";
import type { SqlRun as Run } from "@/lib/server/pg-pool";

export type FailingPair = { appId: string; appName: string; control: Control; evidence: string };
export type SyncResult = { opened: number; reopened: number; resolved: number };

export const postureFingerprint = (appId: string, controlId: string) => createHash("sha256").update(`posture:${appId}:${controlId}`).digest("hex");
const byFp = (a: { fp: string }, b: { fp: string }) => (a.fp < b.fp ? -1 : a.fp > b.fp ? 1 : 0);

export async function syncPostureFindings(run: Run, orgId: string, failing: readonly FailingPair[], now: Date): Promise<SyncResult> {
  // Sorted so concurrent writers lock rows in the same order.
  const rows = failing.map((f) => ({ fp: postureFingerprint(f.appId, f.control.id), ...f })).sort(byFp);
  const fps = rows.map((r) => r.fp);
  const col = <T,>(get: (r: (typeof rows)[number]) => T) => rows.map(get);

  const created = rows.length === 0 ? [] : await run<{ id: string }>(Prisma.sql`
    INSERT INTO findings (id, org_id, app_id, source, detector, rule_id, title, description, severity, fingerprint, evidence, tags, occurrences,
      first_seen_at, last_seen_at, updated_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, u.app, 'POSTURE', 'posture', u.rule, u.title, u.descr, u.sev::"Severity", u.fp, u.ev, u.tags::jsonb, 1, ${now}, ${now}, ${now}
    FROM UNNEST(${col((r) => r.appId)}::uuid[], ${col((r) => r.control.id)}::text[], ${col((r) => `${r.control.title} (${r.appName})`.slice(0, 300))}::text[],
      ${col((r) => `${r.control.description}\n\nRemediation: ${r.control.remediation}`.slice(0, 4000))}::text[], ${col((r) => r.control.severity)}::text[], ${fps}::text[],
      ${col((r) => r.evidence.slice(0, 500))}::text[],
      ${col((r) => JSON.stringify({ owasp: r.control.mappings.owaspLlm, atlas: r.control.mappings.atlas, nist: r.control.mappings.nistAi600, cwe: [] }))}::text[])
      AS u(app, rule, title, descr, sev, fp, ev, tags)
    ON CONFLICT (org_id, fingerprint) DO NOTHING
    RETURNING id`);

  const reopened = rows.length === 0 ? [] : await run<{ id: string }>(Prisma.sql`
    UPDATE findings f SET status = 'OPEN', evidence = u.ev, last_seen_at = ${now}, updated_at = ${now}, occurrences = f.occurrences + 1
    FROM UNNEST(${fps}::text[], ${col((r) => r.evidence.slice(0, 500))}::text[]) AS u(fp, ev)
    WHERE f.org_id = ${orgId}::uuid AND f.fingerprint = u.fp AND f.source = 'POSTURE' AND f.status = 'RESOLVED'
    RETURNING f.id`);

  // Still failing and still active: keep the evidence current (a changed figure is news; an unchanged one is not).
  if (rows.length) {
    await run(Prisma.sql`
      UPDATE findings f SET evidence = u.ev, last_seen_at = ${now}, updated_at = ${now}
      FROM UNNEST(${fps}::text[], ${col((r) => r.evidence.slice(0, 500))}::text[]) AS u(fp, ev)
      WHERE f.org_id = ${orgId}::uuid AND f.fingerprint = u.fp AND f.source = 'POSTURE' AND f.status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND f.evidence <> u.ev`);
  }

  const resolved = await run<{ id: string }>(Prisma.sql`
    UPDATE findings SET status = 'RESOLVED', status_changed_at = ${now}, updated_at = ${now}
    WHERE org_id = ${orgId}::uuid AND source = 'POSTURE' AND status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND NOT (fingerprint = ANY(${fps}::text[]))
    RETURNING id`);

  const activity = [
    ...created.map(({ id }) => [id, "created", null, "OPEN", "Raised by posture scoring: the control fails"] as const),
    ...reopened.map(({ id }) => [id, "reopened", "RESOLVED", "OPEN", "The control fails again"] as const),
    ...resolved.map(({ id }) => [id, "status", null, "RESOLVED", "Resolved by posture scoring: the control no longer fails"] as const),
  ];
  if (activity.length) {
    await run(Prisma.sql`
      INSERT INTO finding_activity (id, org_id, finding_id, actor, kind, field, from_value, to_value, note)
      SELECT gen_random_uuid(), ${orgId}::uuid, u.fid, 'system', u.kind, 'status', u.from_value, u.to_value, u.note
      FROM UNNEST(${activity.map((a) => a[0])}::uuid[], ${activity.map((a) => a[1])}::text[], ${activity.map((a) => a[2])}::text[],
        ${activity.map((a) => a[3])}::text[], ${activity.map((a) => a[4])}::text[]) AS u(fid, kind, from_value, to_value, note)`);
  }
  return { opened: created.length, reopened: reopened.length, resolved: resolved.length };
}
