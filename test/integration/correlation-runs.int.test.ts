// The correlation runner (run records, idempotence, recurrence and reopening, audit) and GET /api/v1/correlations/runs.
import { describe, expect, it } from "vitest";
import * as runsRoute from "@/app/api/v1/correlations/runs/route";
import { RULE_IDS } from "@/lib/correlation/catalog";
import { orgsWithRecentEvents } from "@/lib/correlation/server/orgs-with-recent-events";
import { runCorrelations } from "@/lib/correlation/server/run-correlations";
import { db } from "@/lib/server/db";
import { call, createOrg, createOrgWithMembers, sessionCookie, uniq } from "../factories";
import { insertLlmEvent } from "./events-fixtures";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("correlation runner", () => {
  it("records one run per rule, is idempotent, and reopens a resolved finding when its subject recurs", async () => {
    const org = await createOrg();
    // Every event and run time sits inside one clock hour, so inside one UTC day bucket.
    const hour = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
    const t0 = new Date(hour + 10 * MIN);
    const key = `key_${uniq()}`;
    await insertLlmEvent(org.id, { time: new Date(hour + 5 * MIN) });
    await db.llmEvent.updateMany({ where: { orgId: org.id }, data: { apiKeyId: key } });

    const first = await runCorrelations(org.id, t0);
    expect(first.rules.map((r) => r.rule)).toEqual([...RULE_IDS]);
    expect(await db.correlationRun.count({ where: { orgId: org.id } })).toBe(RULE_IDS.length);
    const shadowRun = await db.correlationRun.findFirstOrThrow({ where: { orgId: org.id, rule: "shadow-ai" } });
    expect(shadowRun).toMatchObject({ matched: 1, created: 1, windowEnd: t0 });
    const finding = await db.finding.findFirstOrThrow({ where: { orgId: org.id, ruleId: "shadow-ai" } });
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "finding.correlated", actorLabel: "system:correlation" } })).toBe(1);

    // Same events, later run: nothing new.
    await runCorrelations(org.id, new Date(hour + 15 * MIN));
    expect(await db.finding.count({ where: { orgId: org.id, source: "CORRELATION" } })).toBe(1);
    expect(await db.findingOccurrence.count({ where: { findingId: finding.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "finding.correlated" } })).toBe(1);
    expect(await db.correlationRun.count({ where: { orgId: org.id } })).toBe(2 * RULE_IDS.length);

    // Resolved, then the key is used again the same day: the same finding reopens, with the new call linked.
    await db.finding.update({ where: { id: finding.id }, data: { status: "RESOLVED" } });
    const later = await insertLlmEvent(org.id, { time: new Date(hour + 20 * MIN) });
    await db.llmEvent.update({ where: { id: later.id }, data: { apiKeyId: key } });
    const t1 = new Date(hour + 30 * MIN);
    expect((await runCorrelations(org.id, t1)).rules.find((r) => r.rule === "shadow-ai")).toMatchObject({ matched: 1, created: 0, reopened: 1, linked: 1 });
    const reopened = await db.finding.findUniqueOrThrow({ where: { id: finding.id } });
    expect(reopened).toMatchObject({ status: "OPEN", occurrences: 2, lastSeenAt: t1 });
    expect(reopened.description).toContain("2 model calls");
    expect(await db.findingActivity.findMany({ where: { findingId: finding.id }, select: { kind: true, actor: true, fromValue: true, toValue: true }, orderBy: { createdAt: "asc" } }))
      .toEqual([{ kind: "created", actor: "system", fromValue: null, toValue: "OPEN" }, { kind: "reopened", actor: "system", fromValue: "RESOLVED", toValue: "OPEN" }]);
    // And again: nothing (a run with no newer event neither reopens nor bumps).
    expect((await runCorrelations(org.id, t1)).rules.find((r) => r.rule === "shadow-ai")).toMatchObject({ created: 0, reopened: 0, linked: 0 });
  });

  it("skips an org that no longer exists, and lists orgs with recent events only", async () => {
    expect(await runCorrelations(crypto.randomUUID())).toMatchObject({ skipped: "no-org", rules: [] });
    const [active, idle, stale] = [await createOrg(), await createOrg(), await createOrg()];
    await insertLlmEvent(active.id, { time: new Date(Date.now() - HOUR) });
    await insertLlmEvent(stale.id, { time: new Date(Date.now() - 9 * 24 * HOUR) });
    const orgs = await orgsWithRecentEvents(new Date(Date.now() - 7 * 24 * HOUR));
    expect(orgs).toContain(active.id);
    expect(orgs).not.toContain(idle.id);
    expect(orgs).not.toContain(stale.id);
  });
});

describe("GET /api/v1/correlations/runs", () => {
  it("lists every rule with its recent runs and active findings, to readers of findings, for their own org only", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
    const { org: other } = await createOrgWithMembers(["ADMIN"]);
    await insertLlmEvent(org.id, { time: new Date(Date.now() - HOUR), principal: `p-${uniq()}` });
    await runCorrelations(org.id);
    await runCorrelations(other.id);
    const manager = (await sessionCookie(members[2]!.user.id)).cookie;

    const res = await call(runsRoute.GET, { cookie: manager, path: "/api/v1/correlations/runs?limit=1" });
    expect(res.status).toBe(200);
    expect(res.json.rules.map((r: { rule: string }) => r.rule)).toEqual([...RULE_IDS]);
    const shadow = res.json.rules.find((r: { rule: string }) => r.rule === "shadow-ai");
    expect(shadow).toMatchObject({ name: "Shadow AI", severity: "MEDIUM", activeFindings: 1, runs: [{ matched: 1, created: 1 }] });
    expect(shadow.threshold).toMatch(/unmapped call/);
    const otherRunIds = (await db.correlationRun.findMany({ where: { orgId: other.id }, select: { id: true } })).map((r) => r.id);
    expect(res.json.rules.flatMap((r: { runs: { id: string }[] }) => r.runs.map((x) => x.id)).some((id: string) => otherRunIds.includes(id))).toBe(false);

    expect((await call(runsRoute.GET, { path: "/api/v1/correlations/runs" })).status).toBe(401);
    expect((await call(runsRoute.GET, { cookie: manager, path: "/api/v1/correlations/runs?limit=500" })).status).toBe(400);
  });
});
