import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { CONTROLS } from "../controls";
import type { TAppScorecard } from "../schemas";
import type { ControlStatus } from "../types";
import { attestationSelect, toAttestation } from "./attestation-dto";
import { postureFingerprint } from "./sync-posture-findings";

const TREND_DAYS = 90;

/** One app's controls with status, evidence, attestation and the posture finding of each failing control. */
export async function getAppScorecard({ ctx, id }: { ctx: Ctx; id: string }): Promise<TAppScorecard> {
  const app = await db.llmApp.findFirst({
    where: { id, orgId: ctx.orgId },
    select: {
      id: true, name: true, criticality: true, lifecycle: true, postureScore: true,
      postureEvaluations: { select: { controlId: true, status: true, evidence: true, since: true } },
      postureAttestations: { select: attestationSelect },
      postureSnapshots: { where: { day: { gte: new Date(Date.now() - TREND_DAYS * 86_400_000) } }, orderBy: { day: "asc" }, select: { day: true, score: true } },
    },
  });
  if (!app) throw notFound("App");
  const now = new Date();
  const fingerprints = new Map(CONTROLS.map((c) => [postureFingerprint(app.id, c.id), c.id]));
  const findings = await db.finding.findMany({
    where: { orgId: ctx.orgId, appId: app.id, source: "POSTURE", fingerprint: { in: [...fingerprints.keys()] } },
    select: { id: true, fingerprint: true },
  });
  const findingOf = new Map(findings.map((f) => [fingerprints.get(f.fingerprint)!, f.id]));
  const evaluation = new Map(app.postureEvaluations.map((e) => [e.controlId, e]));
  const attestation = new Map(app.postureAttestations.map((a) => [a.controlId, a]));
  return {
    appId: app.id, name: app.name, criticality: app.criticality, lifecycle: app.lifecycle,
    score: app.postureScore?.score ?? null, families: (app.postureScore?.familyScores as Record<string, number | null> | undefined) ?? {},
    evaluatedAt: app.postureScore?.evaluatedAt.toISOString() ?? null,
    controls: CONTROLS.map((c) => {
      const e = evaluation.get(c.id);
      const a = attestation.get(c.id);
      return {
        controlId: c.id, title: c.title, family: c.family, severity: c.severity, manual: c.evaluation.type === "manual",
        status: (e?.status as ControlStatus | undefined) ?? null, evidence: e?.evidence ?? null, since: e?.since.toISOString() ?? null,
        attestation: a ? toAttestation(a, now) : null, findingId: findingOf.get(c.id) ?? null,
      };
    }),
    trend: app.postureSnapshots.map((s) => ({ day: s.day.toISOString().slice(0, 10), score: s.score })),
  };
}
