// Today's (UTC) snapshot of the org and of each app: recomputes during the day overwrite it, so the last one of the
// day stands. The findings picture (active by severity, past SLA) is taken at the same time for the trend charts.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ControlStatus, FamilyId } from "../types";
import type { SqlRun as Run } from "@/lib/server/pg-pool";

type SnapshotInput = {
  orgScore: number | null;
  families: Partial<Record<FamilyId, number | null>>;
  statusCounts: Record<ControlStatus, number>;
  apps: { appId: string; score: number | null; failing: number }[];
};

export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export async function writePostureSnapshots(run: Run, orgId: string, now: Date, input: SnapshotInput) {
  const day = utcDay(now);
  const findings = await run<{ severity: string; n: number; overdue: number }>(Prisma.sql`
    SELECT severity::text, count(*)::int AS n, count(*) FILTER (WHERE sla_due_at < ${now})::int AS overdue
    FROM findings WHERE org_id = ${orgId}::uuid AND status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') GROUP BY severity`);
  const active = Object.fromEntries(findings.map((f) => [f.severity, f.n]));
  const overdue = findings.reduce((sum, f) => sum + f.overdue, 0);
  await run(Prisma.sql`
    INSERT INTO posture_snapshots (org_id, day, org_score, family_scores, status_counts, active_findings, overdue_findings, apps, taken_at)
    VALUES (${orgId}::uuid, ${day}::date, ${input.orgScore}, ${JSON.stringify(input.families)}::jsonb, ${JSON.stringify(input.statusCounts)}::jsonb,
      ${JSON.stringify(active)}::jsonb, ${overdue}, ${input.apps.length}, ${now})
    ON CONFLICT (org_id, day) DO UPDATE SET org_score = EXCLUDED.org_score, family_scores = EXCLUDED.family_scores, status_counts = EXCLUDED.status_counts,
      active_findings = EXCLUDED.active_findings, overdue_findings = EXCLUDED.overdue_findings, apps = EXCLUDED.apps, taken_at = EXCLUDED.taken_at`);
  if (input.apps.length === 0) return;
  await run(Prisma.sql`
    INSERT INTO posture_app_snapshots (org_id, app_id, day, score, failing)
    SELECT ${orgId}::uuid, u.app, ${day}::date, u.score, u.failing
    FROM UNNEST(${input.apps.map((a) => a.appId)}::uuid[], ${input.apps.map((a) => a.score)}::float8[], ${input.apps.map((a) => a.failing)}::int[]) AS u(app, score, failing)
    ON CONFLICT (app_id, day) DO UPDATE SET score = EXCLUDED.score, failing = EXCLUDED.failing`);
}
