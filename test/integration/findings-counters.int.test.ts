import { describe, expect, it, vi } from "vitest";
import * as countersRoute from "@/app/api/v1/findings/counters/route";
import * as findingRoute from "@/app/api/v1/findings/[id]/route";
import * as listRoute from "@/app/api/v1/findings/route";
import { compactFindingCounts } from "@/lib/findings/server/compact-finding-counts";
import { countFindings } from "@/lib/findings/server/count-findings";
import type { TFindingFilters } from "@/lib/findings/schemas";
import type { FindingSource, FindingStatus, Severity } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { withOrgScope } from "@/lib/server/db-scope";
import { queryRows } from "@/lib/server/pg-pool";
import { call, createOrgWithMembers, sessionCookie, uniq, userCtx } from "../factories";
import { mulberry32 } from "../helpers/seeded-random";

const SEV: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
const ST: FindingStatus[] = ["OPEN", "TRIAGED", "IN_PROGRESS", "RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"];
const SRC: FindingSource[] = ["DLP", "SAST", "SCA", "CORRELATION"];
const TITLES = ["OpenAI API key in prompt", "Email address in completion", "Prompt injection: ignore previous instructions", "CVE-2024-3094 in xz-utils", "Élan vital leak"];
const LOCATIONS = [null, "src/openai_client.ts:12", "pkg:npm/lodash@4.17.21"];
const SEARCHES = ["openai", "pr", "email", "OPENAI", "key prompt", "cve-2024", "xz", "élan", "lod", "openai_client", "penai", "prompt injection ignore"];

/** The search the plain way: every word of q (2+ characters) begins a word of the title, rule id or location. */
const words = (s: string) => s.toLowerCase().split(/[\s!-/:-@[-`{-~]+/u).filter((w) => [...w].length >= 2);
const matchesSearch = (q: string, f: { title: string; ruleId: string; location: string | null }) => {
  const own = words(`${f.title} ${f.ruleId} ${f.location ?? ""}`);
  return words(q).filter((w) => !["in", "the", "of"].includes(w)).every((w) => own.some((o) => o.startsWith(w)));
};

/** What the counters must say, counted the plain way. */
async function liveCounts(orgId: string, where: { appId?: string | null; source?: FindingSource; assigneeId?: string | null } = {}) {
  const rows = await db.finding.groupBy({ by: ["severity", "status"], where: { orgId, ...where }, _count: { _all: true } });
  const byStatus = Object.fromEntries(ST.map((s) => [s, 0]));
  const bySeverity = Object.fromEntries(SEV.map((s) => [s, 0]));
  for (const r of rows) {
    byStatus[r.status]! += r._count._all;
    if (["OPEN", "TRIAGED", "IN_PROGRESS"].includes(r.status)) bySeverity[r.severity]! += r._count._all;
  }
  return { byStatus, bySeverity };
}

describe("findings counters rollup", () => {
  it("matches a plain count through inserts, upserts, triage, app deletion and compaction", async () => {
    const { org, members } = await createOrgWithMembers(["ANALYST"]);
    const cookie = (await sessionCookie(members[0]!.user.id)).cookie;
    const other = await createOrgWithMembers(["ADMIN"]);
    const apps = await Promise.all([0, 1].map((i) => db.llmApp.create({ data: { orgId: org.id, name: `App ${i}` } })));
    const random = mulberry32(7);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const make = (orgId: string, n: number) =>
      db.finding.createMany({
        data: Array.from({ length: n }, () => ({
          orgId, appId: orgId === org.id && random() < 0.7 ? pick(apps).id : null, source: pick(SRC), detector: "x", ruleId: pick(["r", "openai-api-key", "generic"]),
          title: pick(TITLES), location: pick(LOCATIONS),
          severity: pick(SEV), status: pick(ST), fingerprint: uniq() + uniq(), tags: {}, assigneeId: orgId === org.id && random() < 0.3 ? members[0]!.user.id : null,
          slaDueAt: pick([null, new Date(Date.now() - 5 * 86_400_000), new Date(Date.now() + 5 * 86_400_000)]),
        })),
      });
    await make(org.id, 120);
    await make(other.org.id, 30);
    // A set-based upsert like the DLP and import writers: new rows insert, existing ones update in the same statement.
    const existing = await db.finding.findMany({ where: { orgId: org.id }, take: 10, select: { fingerprint: true } });
    await db.$executeRaw`
      INSERT INTO findings (id, org_id, source, detector, rule_id, title, severity, fingerprint, tags, updated_at)
      SELECT gen_random_uuid(), ${org.id}::uuid, 'DLP', 'x', 'r', 't', 'HIGH', fp, '{}'::jsonb, now()
      FROM UNNEST(${[...existing.map((e) => e.fingerprint), uniq(), uniq()]}::text[]) AS fp
      ON CONFLICT (org_id, fingerprint) DO UPDATE SET status = 'OPEN', occurrences = findings.occurrences + 1`;

    const api = async (query = "") => (await call(countersRoute.GET, { cookie, path: `/api/v1/findings/counters${query}` })).json;
    const list = async (query: string) => (await call(listRoute.GET, { cookie, path: `/api/v1/findings${query}` })).json;
    // Searches: the counters (read from finding_terms) and the list agree with matching the rows the plain way.
    const expectSearchesMatch = async () => {
      const rows = await db.finding.findMany({ where: { orgId: org.id }, select: { id: true, title: true, ruleId: true, location: true, severity: true, status: true, slaDueAt: true } });
      const active = (r: { status: FindingStatus }) => ["OPEN", "TRIAGED", "IN_PROGRESS"].includes(r.status);
      for (const q of SEARCHES) {
        const hits = rows.filter((r) => matchesSearch(q, r));
        const byStatus = Object.fromEntries(ST.map((s) => [s, hits.filter((r) => r.status === s).length]));
        const bySeverity = Object.fromEntries(SEV.map((v) => [v, hits.filter((r) => r.severity === v && active(r)).length]));
        const overdue = hits.filter((r) => active(r) && r.slaDueAt !== null && r.slaDueAt.getTime() < Date.now()).length;
        expect(await api(`?q=${encodeURIComponent(q)}`), q).toMatchObject({ byStatus, bySeverity, total: hits.length, overdue });
        const listed = (await list(`?q=${encodeURIComponent(q)}&limit=200`)).findings.map((f: { id: string }) => f.id);
        expect(listed.sort(), q).toEqual(hits.map((r) => r.id).sort());
      }
      expect((await list("?q=penai")).findings).toEqual([]); // a word matches from its start only
    };
    const expectMatch = async () => {
      await expectSearchesMatch();
      expect(await api()).toMatchObject(await liveCounts(org.id));
      expect(await api(`?app=${apps[0]!.id}`)).toMatchObject(await liveCounts(org.id, { appId: apps[0]!.id }));
      expect(await api("?app=none")).toMatchObject(await liveCounts(org.id, { appId: null }));
      expect(await api("?source=SAST")).toMatchObject(await liveCounts(org.id, { source: "SAST" }));
      expect(await api("?assignee=me")).toMatchObject(await liveCounts(org.id, { assigneeId: members[0]!.user.id }));
      expect(await api(`?assignee=none&app=${apps[0]!.id}`)).toMatchObject(await liveCounts(org.id, { assigneeId: null, appId: apps[0]!.id }));
    };
    await expectMatch();

    const active = await db.finding.findFirstOrThrow({ where: { orgId: org.id, status: "OPEN" } });
    expect((await call(findingRoute.PATCH, { method: "PATCH", cookie, params: { id: active.id }, body: { status: "RESOLVED", severity: "LOW" } })).status).toBe(200);
    const unassigned = await db.finding.findFirstOrThrow({ where: { orgId: org.id, assigneeId: null, status: "OPEN" } });
    expect((await call(findingRoute.PATCH, { method: "PATCH", cookie, params: { id: unassigned.id }, body: { assigneeId: members[0]!.user.id } })).status).toBe(200);
    await db.finding.updateMany({ where: { orgId: org.id, severity: "INFO" }, data: { lastSeenAt: new Date() } }); // moves nothing
    await db.llmApp.delete({ where: { id: apps[1]!.id } }); // its findings move to "no app"
    await db.finding.deleteMany({ where: { orgId: org.id, severity: "CRITICAL", status: "RESOLVED" } });
    // A changed title is searched by its new words only.
    const renamed = await db.finding.findFirstOrThrow({ where: { orgId: org.id, title: TITLES[0] } });
    await db.finding.update({ where: { id: renamed.id }, data: { title: "Anthropic admin key", ruleId: "anthropic-admin-key", location: null } });
    expect((await list("?q=anthropic")).findings.map((f: { id: string }) => f.id)).toEqual([renamed.id]);
    await expectMatch();

    const { before, after } = await compactFindingCounts();
    expect(after).toBeLessThan(before);
    await expectMatch();
    expect(await compactFindingCounts()).toMatchObject({ before: after, after });
  });
});

describe("overdue counts from the due rollup", () => {
  const DAY = 86_400_000;
  const ACTIVE: FindingStatus[] = ["OPEN", "TRIAGED", "IN_PROGRESS"];

  it("match a plain count per grouping through writes, compaction and the clock passing days", async () => {
    const { org, members } = await createOrgWithMembers(["ANALYST"]);
    const me = members[0]!.user;
    const ctx = userCtx(org, me, "ANALYST");
    const other = await createOrgWithMembers(["ADMIN"]);
    const apps = await Promise.all([0, 1].map((i) => db.llmApp.create({ data: { orgId: org.id, name: `Due app ${i}` } })));
    const random = mulberry32(11);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const now = Date.now();
    const todayStart = Math.floor(now / DAY) * DAY;
    // Due dates on every side of the day boundary: days ago, earlier today (read from the index), later, no SLA.
    const dues = [null, now - 40 * DAY, now - 3 * DAY, todayStart - 3_600_000, Math.max(todayStart + 1, now - 60_000), now + 60_000, now + DAY, now + 3 * DAY];
    const make = (orgId: string, n: number) =>
      db.finding.createMany({
        data: Array.from({ length: n }, () => {
          const due = pick(dues);
          return {
            orgId, appId: orgId === org.id && random() < 0.7 ? pick(apps).id : null, source: pick(SRC), detector: "x", ruleId: "r", title: "t",
            severity: pick(SEV), status: pick(ST), fingerprint: uniq() + uniq(), tags: {}, slaDueAt: due === null ? null : new Date(due),
            assigneeId: orgId === org.id && random() < 0.3 ? me.id : null,
          };
        }),
      });
    await make(org.id, 160);
    await make(other.org.id, 40);

    type Where = { appId?: string | null; source?: { in: FindingSource[] }; assigneeId?: string | null };
    const plain = async (at: Date, where: Where) => {
      const rows = await db.finding.groupBy({ by: ["severity", "status"], where: { orgId: org.id, status: { in: ACTIVE }, slaDueAt: { lt: at }, ...where }, _count: { _all: true } });
      const byStatus = Object.fromEntries(ST.map((s) => [s, 0]));
      const bySeverity = Object.fromEntries(SEV.map((s) => [s, 0]));
      for (const r of rows) [byStatus[r.status], bySeverity[r.severity]] = [byStatus[r.status]! + r._count._all, bySeverity[r.severity]! + r._count._all];
      return { overdue: rows.reduce((n, r) => n + r._count._all, 0), byStatus, bySeverity };
    };
    const cases: [TFindingFilters, Where][] = [
      [{}, {}],
      [{ app: apps[0]!.id }, { appId: apps[0]!.id }],
      [{ app: "none" }, { appId: null }],
      [{ source: ["SAST"] }, { source: { in: ["SAST"] } }],
      [{ source: ["DLP", "SCA"] }, { source: { in: ["DLP", "SCA"] } }],
      [{ assignee: "me" }, { assigneeId: me.id }],
      [{ assignee: "none" }, { assigneeId: null }],
      [{ assignee: "none", app: apps[0]!.id }, { assigneeId: null, appId: apps[0]!.id }], // no grouping: the index
    ];
    const expectMatch = async (label: string) => {
      const at = new Date();
      for (const [filters, where] of cases) {
        const expected = await plain(at, where);
        const counters = await withOrgScope(org.id, () => countFindings({ ctx, filters }));
        expect(counters.overdue, `${label} ${JSON.stringify(filters)}`).toBe(expected.overdue);
        // The overdue filter itself: every counted finding is overdue, per status and severity.
        const overdueOnly = await withOrgScope(org.id, () => countFindings({ ctx, filters: { ...filters, sla: "overdue" } }));
        expect(overdueOnly, `${label} sla=overdue ${JSON.stringify(filters)}`).toMatchObject(expected);
      }
    };
    await expectMatch("seeded");
    expect((await plain(new Date(), {})).overdue).toBeGreaterThan(20);

    // Writes that move findings in and out of the rollup: triage, reopening, new due dates, reassignment, an app's
    // deletion (its findings move to "no app") and deletions.
    const ids = (await db.finding.findMany({ where: { orgId: org.id }, select: { id: true }, orderBy: { id: "asc" } })).map((f) => f.id);
    await db.finding.updateMany({ where: { id: { in: ids.slice(0, 20) } }, data: { status: "RESOLVED" } });
    await db.finding.updateMany({ where: { id: { in: ids.slice(20, 40) } }, data: { status: "OPEN" } });
    await db.finding.updateMany({ where: { id: { in: ids.slice(40, 55) } }, data: { slaDueAt: new Date(now - 10 * DAY) } });
    await db.finding.updateMany({ where: { id: { in: ids.slice(55, 70) } }, data: { slaDueAt: new Date(now + 10 * DAY), severity: "CRITICAL" } });
    await db.finding.updateMany({ where: { id: { in: ids.slice(70, 85) } }, data: { assigneeId: me.id, source: "SAST" } });
    await db.finding.updateMany({ where: { orgId: org.id }, data: { lastSeenAt: new Date() } }); // moves nothing
    await db.llmApp.delete({ where: { id: apps[1]!.id } });
    await db.finding.deleteMany({ where: { id: { in: ids.slice(85, 100) } } });
    await expectMatch("after writes");

    const { before, after } = await compactFindingCounts();
    expect(after).toBeLessThan(before);
    const folded = await withOrgScope(org.id, () => queryRows<{ n: number }>({ text: "SELECT count(*)::int AS n FROM finding_due_deltas WHERE due_day = DATE '1970-01-01'", values: [] }));
    expect(folded[0]!.n).toBeGreaterThan(0); // days before yesterday became one
    await expectMatch("compacted");
    expect(await compactFindingCounts()).toMatchObject({ before: after, after });

    // Two days later (the process clock only: the counters take their "now" from it), findings due today and
    // tomorrow are overdue and the day boundary moved.
    vi.useFakeTimers({ toFake: ["Date"], now: now + 2 * DAY + 3_600_000 });
    try {
      await expectMatch("two days later");
    } finally {
      vi.useRealTimers();
    }
  });
});
