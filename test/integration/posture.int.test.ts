// Posture recompute against real evidence: evaluations and scores, posture findings that open, resolve and reopen
// with the evidence, snapshots and runs, attestations, the API (shape, roles, tenancy) and the debounced enqueue.
import { describe, expect, it } from "vitest";
import * as appRoute from "@/app/api/v1/apps/[id]/route";
import * as postureRoute from "@/app/api/v1/posture/route";
import * as scorecardRoute from "@/app/api/v1/posture/apps/[id]/route";
import * as attestRoute from "@/app/api/v1/posture/attestations/route";
import * as attestationRoute from "@/app/api/v1/posture/attestations/[id]/route";
import * as controlsRoute from "@/app/api/v1/posture/controls/route";
import * as trendRoute from "@/app/api/v1/posture/trend/route";
import * as csvRoute from "@/app/api/v1/posture/export.csv/route";
import { CONTROLS } from "@/lib/posture/controls";
import { recomputePosture } from "@/lib/posture/server/recompute-posture";
import { postureFingerprint } from "@/lib/posture/server/sync-posture-findings";
import { getQueue } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, uniq } from "../factories";

const OWNER = "LSO-IAM-04";

async function appIn(orgId: string, data: Partial<{ name: string; ownerId: string | null; lifecycle: "PRODUCTION" | "RETIRED" }> = {}) {
  return db.llmApp.create({ data: { orgId, name: data.name ?? `app-${uniq()}`, ownerId: data.ownerId ?? null, lifecycle: data.lifecycle ?? "PRODUCTION" } });
}

describe("posture recompute", () => {
  it("scores every control of every app, raises a finding for a failing control and resolves/reopens it with the evidence", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    const app = await appIn(org.id);
    const first = await recomputePosture(org.id, "manual");
    expect(first).toMatchObject({ apps: 1, evaluations: CONTROLS.length, changed: CONTROLS.length });
    expect(first.orgScore).toBeGreaterThanOrEqual(0);
    expect(first.orgScore).toBeLessThan(100);

    const owner = await db.postureEvaluation.findUniqueOrThrow({ where: { appId_controlId: { appId: app.id, controlId: OWNER } } });
    expect(owner.status).toBe("FAIL");
    const finding = await db.finding.findUniqueOrThrow({ where: { orgId_fingerprint: { orgId: org.id, fingerprint: postureFingerprint(app.id, OWNER) } } });
    expect(finding).toMatchObject({ source: "POSTURE", ruleId: OWNER, status: "OPEN", appId: app.id });
    expect(finding.slaDueAt).not.toBeNull();
    const score = await db.postureAppScore.findUniqueOrThrow({ where: { appId: app.id } });
    expect(score.failing).toContain(OWNER);
    expect(await db.postureSnapshot.count({ where: { orgId: org.id } })).toBe(1);
    expect(await db.postureRun.count({ where: { orgId: org.id } })).toBe(1);

    // Nothing changed: nothing new.
    const again = await recomputePosture(org.id, "manual");
    expect(again).toMatchObject({ changed: 0, findingsOpened: 0, findingsResolved: 0 });
    expect(await db.finding.count({ where: { orgId: org.id, source: "POSTURE" } })).toBe(score.failing.length);

    // The owner is set: the control passes, the finding resolves itself with a history entry, the score rises.
    await db.llmApp.update({ where: { id: app.id }, data: { ownerId: members[0]!.user.id } });
    const fixed = await recomputePosture(org.id, "evidence");
    expect(fixed.findingsResolved).toBe(1);
    expect(fixed.orgScore!).toBeGreaterThan(first.orgScore!);
    expect((await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("RESOLVED");
    expect((await db.postureEvaluation.findUniqueOrThrow({ where: { appId_controlId: { appId: app.id, controlId: OWNER } } })).status).toBe("PASS");

    // It fails again: the same finding reopens.
    await db.llmApp.update({ where: { id: app.id }, data: { ownerId: null } });
    expect((await recomputePosture(org.id, "evidence")).findingsOpened).toBe(1);
    expect((await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("OPEN");
    const history = await db.findingActivity.findMany({ where: { findingId: finding.id }, orderBy: { createdAt: "asc" }, select: { kind: true, toValue: true } });
    expect(history.map((h) => `${h.kind}:${h.toValue}`)).toEqual(["created:OPEN", "status:RESOLVED", "reopened:OPEN"]);

    // A false positive stays closed; the app's deletion resolves the rest.
    await db.finding.update({ where: { id: finding.id }, data: { status: "FALSE_POSITIVE" } });
    await recomputePosture(org.id, "evidence");
    expect((await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("FALSE_POSITIVE");
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "posture.recomputed" } })).toBeGreaterThanOrEqual(3);
  });

  it("evaluates from evidence: a rotated key passes, an old one fails with its age and last four characters", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const app = await appIn(org.id);
    const key = await db.integration.create({ data: { orgId: org.id, kind: "LLM_PROVIDER", provider: "openai", name: `OpenAI prod ${uniq()}`, status: "CONNECTED" } });
    await db.integrationSecret.create({
      data: { orgId: org.id, integrationId: key.id, purpose: "api_key", ciphertext: "x", last4: "a1b2", fingerprint: "f".repeat(16), rotationDays: 90, lastRotatedAt: new Date(Date.now() - 140 * 86_400_000) },
    });
    await db.modelUsage.create({ data: { orgId: org.id, appId: app.id, provider: "openai", modelId: "gpt-4o", credentialId: key.id } });
    await recomputePosture(org.id, "manual");
    const rotation = await db.postureEvaluation.findUniqueOrThrow({ where: { appId_controlId: { appId: app.id, controlId: "LSO-SEC-02" } } });
    expect(rotation.status).toBe("FAIL");
    expect(rotation.evidence).toMatch(/a1b2/);
    expect(rotation.evidence).toMatch(/140 days/);
    await db.integrationSecret.updateMany({ where: { integrationId: key.id }, data: { lastRotatedAt: new Date() } });
    await recomputePosture(org.id, "manual");
    expect((await db.postureEvaluation.findUniqueOrThrow({ where: { appId_controlId: { appId: app.id, controlId: "LSO-SEC-02" } } })).status).toBe("PASS");
  });
});

describe("posture API", () => {
  it("serves the summary, catalog, scorecard and trend to readers of its own org; admins attest manual controls", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
    const { org: other } = await createOrgWithMembers(["ADMIN"]);
    const app = await appIn(org.id, { name: "=HYPERLINK(\"http://evil\")" });
    const foreign = await appIn(other.id);
    await recomputePosture(org.id, "manual");
    await recomputePosture(other.id, "manual");
    const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id).then((s) => s.cookie)));

    const summary = await call(postureRoute.GET, { cookie: manager, path: "/api/v1/posture" });
    expect(summary.status).toBe(200);
    expect(summary.json).toMatchObject({ controls: CONTROLS.length, apps: [{ appId: app.id, name: app.name }] });
    expect(summary.json.orgScore).toBe(summary.json.apps[0].score);
    expect(summary.json.apps[0].failing).toContain(OWNER);
    expect(summary.json.generatedAt).toEqual(expect.any(String));
    // Nothing but 304 when the client's copy is current.
    const etag = summary.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"\d+"$/);
    const unchanged = await call(postureRoute.GET, { cookie: manager, path: "/api/v1/posture", headers: { "if-none-match": etag } });
    expect([unchanged.status, unchanged.text]).toEqual([304, ""]);
    expect((await call(postureRoute.GET, { cookie: manager, path: "/api/v1/posture", headers: { "if-none-match": 'W/"1"' } })).json).toEqual(summary.json);

    const catalog = await call(controlsRoute.GET, { cookie: manager, path: "/api/v1/posture/controls" });
    expect(catalog.json.controls).toHaveLength(CONTROLS.length);
    const ownerControl = catalog.json.controls.find((c: { id: string }) => c.id === OWNER);
    expect(ownerControl.results.FAIL).toBe(1);
    expect(ownerControl.mappings.owaspLlm.length + ownerControl.mappings.nistAiRmf.length).toBeGreaterThan(0);

    expect((await call(scorecardRoute.GET, { cookie: manager, path: `/api/v1/posture/apps/${foreign.id}`, params: { id: foreign.id } })).status).toBe(404);
    const card = await call(scorecardRoute.GET, { cookie: manager, path: `/api/v1/posture/apps/${app.id}`, params: { id: app.id } });
    expect(card.status).toBe(200);
    const ownerRow = card.json.controls.find((c: { controlId: string }) => c.controlId === OWNER);
    expect(ownerRow).toMatchObject({ status: "FAIL", manual: false, findingId: expect.any(String) });
    expect(card.json.trend).toHaveLength(1);

    const trend = await call(trendRoute.GET, { cookie: manager, path: "/api/v1/posture/trend?days=30" });
    expect(trend.json.points).toHaveLength(1);
    expect(trend.json.points[0].slaCompliance).toBe(100);

    // Attestation: analysts may not, admins may; an automated control refuses one; the manual control then passes.
    const body = { appId: app.id, controlId: "LSO-API-04", status: "PASS", evidence: "Budgets of $500/month and 60 rpm set in the gateway" };
    expect((await call(attestRoute.POST, { method: "POST", cookie: analyst, path: "/api/v1/posture/attestations", body })).status).toBe(403);
    const wrong = await call(attestRoute.POST, { method: "POST", cookie: admin, path: "/api/v1/posture/attestations", body: { ...body, controlId: OWNER } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.message).toMatch(/automatically/);
    expect((await call(attestRoute.POST, { method: "POST", cookie: admin, path: "/api/v1/posture/attestations", body: { ...body, appId: foreign.id } })).status).toBe(404);
    const attested = await call(attestRoute.POST, { method: "POST", cookie: admin, path: "/api/v1/posture/attestations", body });
    expect(attested.status).toBe(201);
    expect(attested.json).toMatchObject({ controlId: "LSO-API-04", status: "PASS", expired: false });
    await recomputePosture(org.id, "evidence");
    const budget = await db.postureEvaluation.findUniqueOrThrow({ where: { appId_controlId: { appId: app.id, controlId: "LSO-API-04" } } });
    expect(budget.status).toBe("PASS");
    expect(budget.evidence).toMatch(/Budgets of \$500/);

    // Expired attestations do not count; withdrawing one puts the control back to needing one.
    await db.postureAttestation.update({ where: { id: attested.json.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await recomputePosture(org.id, "evidence");
    expect((await db.postureEvaluation.findUniqueOrThrow({ where: { appId_controlId: { appId: app.id, controlId: "LSO-API-04" } } })).status).toBe("NEEDS_ATTESTATION");
    const withdrawn = await call(attestationRoute.DELETE, { method: "DELETE", cookie: admin, path: `/api/v1/posture/attestations/${attested.json.id}`, params: { id: attested.json.id } });
    expect(withdrawn.status).toBe(200);
    expect(await db.postureAttestation.count({ where: { appId: app.id } })).toBe(0);

    // CSV: every app × control, a formula-looking app name neutralised; managers may export.
    const csv = await call(csvRoute.GET, { cookie: manager, path: "/api/v1/posture/export.csv" });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines).toHaveLength(1 + CONTROLS.length);
    expect(lines[1]).toMatch(/^"?'=HYPERLINK/);
    expect(csv.text).not.toContain(foreign.name);
  });

  it("queues one debounced recompute when evidence changes through the API", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    const app = await appIn(org.id);
    const admin = (await sessionCookie(members[0]!.user.id)).cookie;
    const res = await call(appRoute.PATCH, { method: "PATCH", cookie: admin, path: `/api/v1/apps/${app.id}`, params: { id: app.id }, body: { description: "changed" } });
    expect(res.status).toBe(200);
    await call(appRoute.PATCH, { method: "PATCH", cookie: admin, path: `/api/v1/apps/${app.id}`, params: { id: app.id }, body: { description: "changed again" } });
    const queue = getQueue("posture-recompute");
    const jobs = async () => (await queue.getJobs(["delayed", "waiting"])).filter((j) => j.data.orgId === org.id);
    await expect.poll(async () => (await jobs()).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
    const queued = await jobs();
    // Two changes a moment apart share a job unless they straddle a 10 s bucket.
    expect(queued.length).toBeLessThanOrEqual(2);
    expect(queued[0]!.data).toEqual({ orgId: org.id, trigger: "evidence" });
    expect(queued[0]!.opts.delay).toBeGreaterThan(2_000);
  });
});
