// Recomputes one org's posture from the evidence in Postgres: every control for every app, the app and org
// scores, today's snapshots and the posture findings, in one pg transaction under a per-org advisory lock (two
// recomputes of the same org queue behind each other). Set-based writes, and only of what changed: in a steady
// state a recompute rewrites the app score rows and the snapshots, not the 41 evaluations of every app.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { pgRunner, withPgTransaction } from "@/lib/server/pg-pool";
import { CATALOG_VERSION, CONTROLS, evaluateApp } from "../controls";
import { ZPostureSummary } from "../schemas";
import { scoreApp, scoreOrg } from "../score";
import { assemblePostureSummary } from "../summary";
import { emptyStatusCounts, type Control, type ControlStatus, type FamilyId } from "../types";
import { loadOrgEvidence } from "./load-org-evidence";
import { syncPostureFindings, type FailingPair } from "./sync-posture-findings";
import { writePostureSnapshots } from "./write-posture-snapshots";

export type PostureTrigger = "evidence" | "daily" | "manual";
export type RecomputeResult = {
  orgId: string; skipped?: "no-org"; apps: number; evaluations: number; changed: number; orgScore: number | null; findingsOpened: number; findingsResolved: number; durationMs: number;
  /** Where the time went (load, evaluate, write, snapshot, findings), for the job log and the benchmark. */
  phasesMs?: Record<string, number>;
};

type Scored = { control: Control; status: ControlStatus };

export async function recomputePosture(orgId: string, trigger: PostureTrigger, now: Date = new Date()): Promise<RecomputeResult> {
  const started = performance.now();
  if (!(await db.organization.findUnique({ where: { id: orgId }, select: { id: true } }))) {
    return { orgId, skipped: "no-org", apps: 0, evaluations: 0, changed: 0, orgScore: null, findingsOpened: 0, findingsResolved: 0, durationMs: 0 };
  }
  return withPgTransaction(async (client) => {
    const run = pgRunner(client);
    const phasesMs: Record<string, number> = {};
    let mark = performance.now();
    const phase = (name: string) => {
      const t = performance.now();
      phasesMs[name] = Math.round(t - mark);
      mark = t;
    };
    await run(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`posture:${orgId}`}, 0))`);
    // Evidence is read on the pool, in parallel, while this transaction holds the org's lock.
    const [evidence, previous] = await Promise.all([
      loadOrgEvidence(db, orgId, now),
      run<{ app: string; control: string; status: ControlStatus; evidence: string }>(Prisma.sql`
        SELECT app_id AS app, control_id AS control, status::text, evidence FROM posture_evaluations WHERE org_id = ${orgId}::uuid`),
    ]);
    const before = new Map(previous.map((p) => [`${p.app}/${p.control}`, p]));
    phase("load");

    const changedRows = { app: [] as string[], control: [] as string[], status: [] as string[], evidence: [] as string[] };
    const failingOf: string[][] = [];
    const scores = { app: [] as string[], score: [] as (number | null)[], families: [] as Record<string, number | null>[], failing: [] as string[], needs: [] as number[] };
    const failing: FailingPair[] = [];
    const appScores: { appId: string; score: number | null; failing: number; criticality: (typeof evidence)[number]["app"]["criticality"]; lifecycle: string }[] = [];
    const pooled: Scored[] = [];
    const statusCounts = emptyStatusCounts();
    let changed = 0;
    for (const e of evidence) {
      const results = evaluateApp(e);
      const scored: Scored[] = [];
      const failingIds: string[] = [];
      let needs = 0;
      for (const control of CONTROLS) {
        const r = results.get(control.id) ?? { status: "NEEDS_ATTESTATION" as const, evidence: "Not evaluated" };
        const text = r.evidence.slice(0, 1000);
        const old = before.get(`${e.app.id}/${control.id}`);
        if (old?.status !== r.status) changed++;
        if (old?.status !== r.status || old.evidence !== text) {
          changedRows.app.push(e.app.id);
          changedRows.control.push(control.id);
          changedRows.status.push(r.status);
          changedRows.evidence.push(text);
        }
        scored.push({ control, status: r.status });
        statusCounts[r.status]++;
        if (r.status === "FAIL") {
          failingIds.push(control.id);
          if (e.app.lifecycle !== "RETIRED") failing.push({ appId: e.app.id, appName: e.app.name, control, evidence: r.evidence });
        }
        if (r.status === "NEEDS_ATTESTATION") needs++;
      }
      const { score, families } = scoreApp(scored);
      if (e.app.lifecycle !== "RETIRED") pooled.push(...scored);
      scores.app.push(e.app.id);
      scores.score.push(score);
      scores.families.push(families);
      scores.failing.push(`{${failingIds.join(",")}}`);
      failingOf.push(failingIds);
      scores.needs.push(needs);
      appScores.push({ appId: e.app.id, score, failing: failingIds.length, criticality: e.app.criticality, lifecycle: e.app.lifecycle });
    }
    phase("evaluate");

    await run(Prisma.sql`DELETE FROM posture_evaluations WHERE org_id = ${orgId}::uuid AND NOT (control_id = ANY(${CONTROLS.map((c) => c.id)}::text[]))`);
    if (changedRows.app.length) {
      await run(Prisma.sql`
        INSERT INTO posture_evaluations (org_id, app_id, control_id, status, evidence, since, evaluated_at)
        SELECT ${orgId}::uuid, u.app, u.control, u.status::"ControlStatus", u.evidence, ${now}, ${now}
        FROM UNNEST(${changedRows.app}::uuid[], ${changedRows.control}::text[], ${changedRows.status}::text[], ${changedRows.evidence}::text[]) AS u(app, control, status, evidence)
        ON CONFLICT (app_id, control_id) DO UPDATE SET status = EXCLUDED.status, evidence = EXCLUDED.evidence, evaluated_at = EXCLUDED.evaluated_at,
          since = CASE WHEN posture_evaluations.status = EXCLUDED.status THEN posture_evaluations.since ELSE EXCLUDED.since END`);
    }
    if (scores.app.length) {
      await run(Prisma.sql`
        INSERT INTO posture_app_scores (app_id, org_id, score, family_scores, failing, needs_attestation, catalog_version, evaluated_at)
        SELECT u.app, ${orgId}::uuid, u.score, u.families::jsonb, u.failing::text[], u.needs, ${CATALOG_VERSION}, ${now}
        FROM UNNEST(${scores.app}::uuid[], ${scores.score}::float8[], ${scores.families.map((f) => JSON.stringify(f))}::text[], ${scores.failing}::text[], ${scores.needs}::int[]) AS u(app, score, families, failing, needs)
        ON CONFLICT (app_id) DO UPDATE SET score = EXCLUDED.score, family_scores = EXCLUDED.family_scores, failing = EXCLUDED.failing,
          needs_attestation = EXCLUDED.needs_attestation, catalog_version = EXCLUDED.catalog_version, evaluated_at = EXCLUDED.evaluated_at`);
    }
    phase("write");

    const orgScore = scoreOrg(appScores);
    const orgFamilies = scoreApp(pooled).families as Record<FamilyId, number | null>;
    const summary = ZPostureSummary.parse(assemblePostureSummary({
      apps: evidence.map((e, i) => ({
        appId: e.app.id, name: e.app.name, criticality: e.app.criticality, lifecycle: e.app.lifecycle, score: scores.score[i]!,
        families: scores.families[i]!, failing: failingOf[i]!, needsAttestation: scores.needs[i]!, evaluatedAt: now.toISOString(),
      })),
      orgScore, families: orgFamilies, statusCounts, generatedAt: now,
    }));
    await run(Prisma.sql`
      INSERT INTO posture_summaries (org_id, body, generated_at) VALUES (${orgId}::uuid, ${JSON.stringify(summary)}, ${now})
      ON CONFLICT (org_id) DO UPDATE SET body = EXCLUDED.body, generated_at = EXCLUDED.generated_at`);
    phase("summary");
    const synced = await syncPostureFindings(run, orgId, failing, now);
    phase("findings");
    // After the findings: the snapshot's findings picture includes the posture findings just raised or resolved.
    await writePostureSnapshots(run, orgId, now, { orgScore, families: orgFamilies, statusCounts, apps: appScores });

    const durationMs = Math.round(performance.now() - started);
    const opened = synced.opened + synced.reopened;
    await run(Prisma.sql`
      INSERT INTO posture_runs (id, org_id, trigger, apps, evaluations, changed, findings_opened, findings_resolved, duration_ms, started_at)
      VALUES (gen_random_uuid(), ${orgId}::uuid, ${trigger}, ${evidence.length}, ${evidence.length * CONTROLS.length}, ${changed}, ${opened}, ${synced.resolved}, ${durationMs}, ${now})`);
    if (changed || opened || synced.resolved) {
      // The system's audit record, in the same transaction as the change (lib/server/audit.ts's writeSystemAudit, in SQL).
      const summary = { trigger, apps: evidence.length, changed, orgScore, findingsOpened: opened, findingsResolved: synced.resolved };
      await run(Prisma.sql`
        INSERT INTO audit_events (org_id, actor_type, actor_label, action, resource_type, summary)
        VALUES (${orgId}::uuid, 'SYSTEM', 'system:posture', 'posture.recomputed', 'posture', ${JSON.stringify(summary)}::jsonb)`);
    }
    return { orgId, apps: evidence.length, evaluations: evidence.length * CONTROLS.length, changed, orgScore, findingsOpened: opened, findingsResolved: synced.resolved, durationMs, phasesMs };
  });
}
