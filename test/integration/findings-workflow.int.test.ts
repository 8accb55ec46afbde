import { describe, expect, it } from "vitest";
import * as commentsRoute from "@/app/api/v1/findings/[id]/comments/route";
import * as findingRoute from "@/app/api/v1/findings/[id]/route";
import * as bulkRoute from "@/app/api/v1/findings/bulk/route";
import * as countersRoute from "@/app/api/v1/findings/counters/route";
import * as listRoute from "@/app/api/v1/findings/route";
import * as slaRoute from "@/app/api/v1/findings/sla/route";
import { randomUUID } from "node:crypto";
import { pgRunner, recordFindings, type ScopedFinding } from "@/lib/dlp/server/record-findings";
import { withPgTransaction } from "@/lib/server/pg-pool";
import { expireRiskAcceptances } from "@/lib/findings/server/expire-risk-acceptances";
import type { Severity } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, uniq } from "../factories";

const DAY = 86_400_000;
async function seedFinding(orgId: string, over: { severity?: Severity; title?: string; firstSeenAt?: Date; appId?: string; tags?: object } = {}) {
  return db.finding.create({
    data: {
      orgId, source: "DLP", detector: "secret", ruleId: "openai-api-key", title: over.title ?? `Secret ${uniq()}`, severity: over.severity ?? "HIGH",
      fingerprint: uniq() + uniq(), tags: over.tags ?? { owasp: ["LLM02"], atlas: [], nist: ["Information Security"] }, appId: over.appId,
      ...(over.firstSeenAt ? { firstSeenAt: over.firstSeenAt, lastSeenAt: over.firstSeenAt } : {}),
    },
  });
}
async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map(async (m) => (await sessionCookie(m.user.id)).cookie));
  return { org, members, admin: admin!, analyst: analyst!, manager: manager! };
}

describe("findings workflow", () => {
  it("sets SLA due dates from the org's days per severity, and recomputes them when the days change", async () => {
    const { org, admin, analyst } = await setup();
    const seen = new Date(Date.now() - 10 * DAY);
    const critical = await seedFinding(org.id, { severity: "CRITICAL", firstSeenAt: seen });
    const info = await seedFinding(org.id, { severity: "INFO" });
    expect((await db.finding.findUniqueOrThrow({ where: { id: critical.id } })).slaDueAt!.getTime()).toBe(seen.getTime() + 7 * DAY);
    expect((await db.finding.findUniqueOrThrow({ where: { id: info.id } })).slaDueAt).toBeNull();

    const overdue = await call(listRoute.GET, { cookie: analyst, path: "/api/v1/findings?sla=overdue" });
    expect(overdue.json.findings.map((f: { id: string }) => f.id)).toEqual([critical.id]);
    expect(overdue.json.findings[0]).toMatchObject({ slaState: "overdue", severity: "CRITICAL" });

    expect((await call(slaRoute.PUT, { method: "PUT", cookie: analyst, body: { CRITICAL: 30, HIGH: 30, MEDIUM: 90, LOW: 120, INFO: null } })).status).toBe(403);
    const put = await call(slaRoute.PUT, { method: "PUT", cookie: admin, body: { CRITICAL: 30, HIGH: 30, MEDIUM: 90, LOW: 120, INFO: null } });
    expect(put.json).toMatchObject({ recomputed: 2 });
    expect((await db.finding.findUniqueOrThrow({ where: { id: critical.id } })).slaDueAt!.getTime()).toBe(seen.getTime() + 30 * DAY);
    expect((await call(countersRoute.GET, { cookie: analyst })).json).toMatchObject({ overdue: 0, total: 2, bySeverity: { CRITICAL: 1, INFO: 1 } });
  });

  it("moves through the lifecycle with history, refuses illegal moves, and needs a justification to accept a risk", async () => {
    const { org, members, analyst, manager } = await setup();
    const f = await seedFinding(org.id);
    const patch = (body: object, cookie = analyst) => call(findingRoute.PATCH, { method: "PATCH", cookie, params: { id: f.id }, body });

    expect((await patch({ status: "TRIAGED" }, manager)).status).toBe(403);
    expect((await patch({ status: "TRIAGED", assigneeId: members[1]!.user.id, note: "mine" })).json.finding).toMatchObject({ status: "TRIAGED", assignee: { email: members[1]!.user.email } });
    expect((await patch({ status: "IN_PROGRESS" })).status).toBe(200);
    const noWhy = await patch({ status: "RISK_ACCEPTED", riskAcceptedUntil: new Date(Date.now() + 30 * DAY).toISOString() });
    expect(noWhy.status).toBe(400);
    expect(noWhy.json.error.message).toMatch(/justification/);
    expect((await patch({ assigneeId: (await createOrgWithMembers(["ADMIN"])).members[0]!.user.id })).status).toBe(400); // not a member
    const accepted = await patch({ status: "RISK_ACCEPTED", riskJustification: "Key is scoped to a sandbox", riskAcceptedUntil: new Date(Date.now() + 30 * DAY).toISOString() });
    expect(accepted.json.finding).toMatchObject({ status: "RISK_ACCEPTED", riskApprover: members[1]!.user.email, riskJustification: "Key is scoped to a sandbox", slaState: "none", allowedStatuses: ["OPEN"] });
    expect((await patch({ status: "RESOLVED" })).status).toBe(400);

    const detail = (await call(findingRoute.GET, { cookie: manager, params: { id: f.id } })).json.finding;
    expect(detail.activity.map((a: { kind: string; to: string }) => `${a.kind}:${a.to}`)).toEqual(["status:TRIAGED", "assignee:" + members[1]!.user.email, "status:IN_PROGRESS", "risk_accepted:RISK_ACCEPTED"]);
    expect(detail.activity[0].actor).toBe(members[1]!.user.email);
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "finding.updated", resourceId: f.id } })).toBe(3);

    // Expiry reopens and restarts the SLA from now.
    await db.finding.update({ where: { id: f.id }, data: { riskAcceptedUntil: new Date(Date.now() - 1000) } });
    expect(await expireRiskAcceptances()).toBeGreaterThanOrEqual(1);
    const reopened = await db.finding.findUniqueOrThrow({ where: { id: f.id } });
    expect(reopened).toMatchObject({ status: "OPEN", riskJustification: null });
    expect(Math.abs(reopened.slaDueAt!.getTime() - (Date.now() + 30 * DAY))).toBeLessThan(60_000);
    expect(await db.findingActivity.count({ where: { findingId: f.id, kind: "risk_expired", actor: "system" } })).toBe(1);
    expect(await expireRiskAcceptances()).toBe(0);
  });

  it("filters, sorts and pages with keyset cursors, and never shows another org's findings", async () => {
    const { org, analyst } = await setup();
    const app = await db.llmApp.create({ data: { orgId: org.id, name: "Copilot" } });
    const base = Date.now() - 50 * 60_000;
    for (let i = 0; i < 25; i++) {
      await seedFinding(org.id, { severity: (["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"] as const)[i % 5], firstSeenAt: new Date(base + i * 60_000), appId: i % 2 ? app.id : undefined, title: i === 7 ? "Email_address in prompt 100%" : undefined, tags: i === 3 ? { cwe: ["CWE-798"] } : undefined });
    }
    const other = await setup();
    await seedFinding(other.org.id, { severity: "CRITICAL" });

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const res = await call(listRoute.GET, { cookie: analyst, path: `/api/v1/findings?sort=severity&limit=10${cursor ? `&cursor=${cursor}` : ""}` });
      const page = res.json as { findings: { severity: string }[]; nextCursor: string | null };
      pages.push(page.findings.map((f) => f.severity));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"].flatMap((s) => Array(5).fill(s)));

    const get = async (q: string) => (await call(listRoute.GET, { cookie: analyst, path: `/api/v1/findings?${q}` })).json;
    expect((await get(`app=${app.id}&severity=CRITICAL,HIGH`)).findings).toHaveLength(5);
    expect((await get("q=100%25")).findings.map((f: { title: string }) => f.title)).toEqual(["Email_address in prompt 100%"]);
    expect((await get("tag=CWE-798")).findings).toHaveLength(1);
    expect((await get("assignee=none&status=OPEN")).findings).toHaveLength(25);
    expect((await get("assignee=none&status=TRIAGED")).findings).toHaveLength(0);
    expect((await call(listRoute.GET, { cookie: analyst, path: "/api/v1/findings?severity=URGENT" })).status).toBe(400);
    expect((await call(listRoute.GET, { cookie: analyst, path: "/api/v1/findings?sort=sla&cursor=bogus" })).status).toBe(400);
    const foreign = await db.finding.findFirstOrThrow({ where: { orgId: other.org.id } });
    expect((await call(findingRoute.GET, { cookie: analyst, params: { id: foreign.id } })).status).toBe(404);
    expect((await call(findingRoute.PATCH, { method: "PATCH", cookie: analyst, params: { id: foreign.id }, body: { status: "RESOLVED" } })).status).toBe(404);
  });

  it("applies bulk changes finding by finding and reports what it refused", async () => {
    const { org, members, analyst } = await setup();
    const [a, b, c] = await Promise.all([seedFinding(org.id), seedFinding(org.id), seedFinding(org.id)]);
    await db.finding.update({ where: { id: c!.id }, data: { status: "FALSE_POSITIVE" } });
    const foreign = await seedFinding((await createOrgWithMembers(["ADMIN"])).org.id);
    const res = await call(bulkRoute.POST, { method: "POST", cookie: analyst, body: { ids: [a!.id, b!.id, c!.id, foreign.id], change: { status: "IN_PROGRESS", assigneeId: members[0]!.user.id } } });
    expect(res.status).toBe(200);
    expect(res.json.updated).toBe(2); // c's status move is refused, so nothing of the change applies to it
    expect(res.json.failed).toEqual(expect.arrayContaining([{ id: foreign.id, reason: "Finding not found" }, { id: c!.id, reason: expect.stringMatching(/cannot move/) }]));
    expect(await db.finding.count({ where: { orgId: org.id, status: "IN_PROGRESS", assigneeId: members[0]!.user.id } })).toBe(2);
    expect((await db.finding.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("OPEN");

    const comment = await call(commentsRoute.POST, { method: "POST", cookie: analyst, params: { id: a!.id }, body: { body: "Rotated the key in Vault." } });
    expect(comment.status).toBe(201);
    expect((await call(findingRoute.GET, { cookie: analyst, params: { id: a!.id } })).json.finding.comments).toMatchObject([{ author: members[1]!.user.email, body: "Rotated the key in Vault." }]);
  });

  it("reopens a resolved DLP finding that recurs, with a system history entry and a fresh SLA", async () => {
    const { org } = await setup();
    const scope = { orgId: org.id, appId: null, datasetId: null, recordType: "llm_event" };
    const hit = (recordId: string): ScopedFinding => ({
      detector: "secret", type: "openai-api-key", start: 3, end: 40, score: 0.9, preview: "sk-…XYZ", tags: { owasp: ["LLM02"], atlas: [], nist: [] },
      recordId, valueHash: "v".repeat(64), severity: "CRITICAL", title: "openai-api-key in traffic",
    });
    await db.$transaction((tx) => recordFindings(tx, scope, [hit(randomUUID())]));
    const f = await db.finding.findFirstOrThrow({ where: { orgId: org.id } });
    await db.finding.update({ where: { id: f.id }, data: { status: "RESOLVED", slaDueAt: new Date(Date.now() - DAY) } });
    await db.$transaction((tx) => recordFindings(tx, scope, [hit(randomUUID())]));
    const again = await db.finding.findUniqueOrThrow({ where: { id: f.id } });
    expect(again).toMatchObject({ status: "OPEN", occurrences: 2 });
    expect(again.slaDueAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect(await db.findingActivity.findFirst({ where: { findingId: f.id, kind: "reopened" } })).toMatchObject({ actor: "system", fromValue: "RESOLVED", toValue: "OPEN" });

    // The ingestion writer (plain pg client) does the same.
    await db.finding.update({ where: { id: f.id }, data: { status: "RESOLVED" } });
    await withPgTransaction((client) => recordFindings(pgRunner(client), scope, [hit(randomUUID())]));
    expect(await db.finding.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ status: "OPEN", occurrences: 3 });
    expect(await db.findingActivity.count({ where: { findingId: f.id, kind: "reopened" } })).toBe(2);
  });
});
