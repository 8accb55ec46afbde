// The findings list and counters as an API key sees them (the hot read path: one-query key lookup, pg pool):
// counters on both paths (rollup and matching rows) agree with a plain count, overdue included, and the key's
// creator, expiry and revocation are honoured on every request.
import { describe, expect, it } from "vitest";
import * as countersRoute from "@/app/api/v1/findings/counters/route";
import * as listRoute from "@/app/api/v1/findings/route";
import type { FindingSource, FindingStatus, Severity } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, uniq } from "../factories";
import { mulberry32 } from "../helpers/seeded-random";

const DAY = 86_400_000;
const SEV: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
const ST: FindingStatus[] = ["OPEN", "TRIAGED", "IN_PROGRESS", "RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"];
const SRC: FindingSource[] = ["DLP", "SAST", "SCA"];
const ACTIVE: FindingStatus[] = ["OPEN", "TRIAGED", "IN_PROGRESS"];

type Where = { appId?: string | null; source?: FindingSource; assigneeId?: string | null; title?: { contains: string; mode: "insensitive" } };

/** What the counters must say, counted the plain way (overdue: active findings past their due date). */
async function expected(orgId: string, where: Where = {}) {
  const rows = await db.finding.findMany({ where: { orgId, ...where }, select: { severity: true, status: true, slaDueAt: true } });
  const bySeverity = Object.fromEntries(SEV.map((s) => [s, 0]));
  const byStatus = Object.fromEntries(ST.map((s) => [s, 0]));
  let overdue = 0;
  for (const r of rows) {
    byStatus[r.status]! += 1;
    if (!ACTIVE.includes(r.status)) continue;
    bySeverity[r.severity]! += 1;
    if (r.slaDueAt && r.slaDueAt.getTime() < Date.now()) overdue += 1;
  }
  return { bySeverity, byStatus, overdue, total: rows.length };
}

async function seed() {
  const { org, members } = await createOrgWithMembers(["ANALYST"]);
  const other = await createOrgWithMembers(["ADMIN"]);
  const app = await db.llmApp.create({ data: { orgId: org.id, name: "App" } });
  const random = mulberry32(11);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const rows = (orgId: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      orgId, source: pick(SRC), detector: "x", ruleId: "r", title: random() < 0.4 ? `OpenAI key ${i}` : `Email ${i}`,
      severity: pick(SEV), status: pick(ST), fingerprint: uniq() + uniq(), tags: {},
      appId: orgId === org.id && random() < 0.5 ? app.id : null,
      assigneeId: orgId === org.id && random() < 0.3 ? members[0]!.user.id : null,
      // Seen long ago, so most active ones are past their SLA (the trigger sets due dates from first seen).
      firstSeenAt: new Date(Date.now() - (random() < 0.5 ? 200 : 1) * DAY),
    }));
  await db.finding.createMany({ data: rows(org.id, 90) });
  await db.finding.createMany({ data: rows(other.org.id, 40) });
  const key = await createApiKeyFor(org.id, members[0]!.user.id, ["findings:read"]);
  return { org, analyst: members[0]!.user, app, key };
}

describe("findings reads with an API key", () => {
  it("counts by severity, status and overdue on the rollup and on matching rows, within the key's org only", async () => {
    const { org, analyst, app, key } = await seed();
    const counters = async (query = "") => {
      const res = await call(countersRoute.GET, { apiKey: key, path: `/api/v1/findings/counters${query}` });
      expect(res.status).toBe(200);
      return res.json;
    };
    const all = await expected(org.id);
    expect(all.overdue).toBeGreaterThan(0);
    expect(await counters()).toEqual(all);
    expect(await counters(`?app=${app.id}`)).toEqual(await expected(org.id, { appId: app.id }));
    expect(await counters(`?assignee=${analyst.id}&source=SAST`)).toEqual(await expected(org.id, { assigneeId: analyst.id, source: "SAST" }));
    expect(await counters("?assignee=none")).toEqual(await expected(org.id, { assigneeId: null }));
    // Text and SLA filters count the matching rows instead of the rollup.
    expect(await counters("?q=openai")).toEqual(await expected(org.id, { title: { contains: "openai", mode: "insensitive" } }));
    const overdueOnly = await counters("?sla=overdue");
    expect(overdueOnly.overdue).toBe(all.overdue);
    expect(overdueOnly.total).toBe(all.overdue);
    // An API key has no "me": it matches nothing.
    expect(await counters("?assignee=me")).toMatchObject({ total: 0, overdue: 0 });
  });

  it("lists the key's org only, pages with the cursor, and maps rows to the contract", async () => {
    const { org, key } = await seed();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/v1/findings?limit=40&sort=sla${cursor ? `&cursor=${cursor}` : ""}`;
      const res = await call(listRoute.GET, { apiKey: key, path });
      expect(res.status).toBe(200);
      seen.push(...res.json.findings.map((f: { id: string }) => f.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    const ids = (await db.finding.findMany({ where: { orgId: org.id }, select: { id: true } })).map((f) => f.id);
    expect([...seen].sort()).toEqual([...ids].sort());
    const overdue = await call(listRoute.GET, { apiKey: key, path: "/api/v1/findings?sla=overdue&limit=1" });
    expect(overdue.json.findings[0]).toMatchObject({ slaState: "overdue", slaDueAt: expect.stringMatching(/Z$/) });
  });

  it("follows the creator's membership and the key's expiry and revocation on the next request", async () => {
    const { org, analyst, key } = await seed();
    const list = () => call(listRoute.GET, { apiKey: key, path: "/api/v1/findings?limit=1" });
    expect((await list()).status).toBe(200);
    expect((await db.apiKey.findFirstOrThrow({ where: { orgId: org.id } })).lastUsedAt).not.toBeNull();

    await db.user.update({ where: { id: analyst.id }, data: { disabledAt: new Date() } });
    expect((await list()).status).toBe(403);
    await db.user.update({ where: { id: analyst.id }, data: { disabledAt: null } });
    expect((await list()).status).toBe(200);
    await db.membership.deleteMany({ where: { orgId: org.id, userId: analyst.id } });
    expect((await list()).status).toBe(403);
    await db.membership.create({ data: { orgId: org.id, userId: analyst.id, role: "ANALYST" } });

    await db.apiKey.updateMany({ where: { orgId: org.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await list()).status).toBe(401);
    await db.apiKey.updateMany({ where: { orgId: org.id }, data: { expiresAt: null, revokedAt: new Date() } });
    expect((await list()).status).toBe(401);
  });
});
