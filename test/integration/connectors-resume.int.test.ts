// A pull that hits the per-run page cap (MAX_PAGES_PER_PULL) saves its cursor; the next pull continues from it.
// Across the pulls every record is fetched and stored once: no gap, no duplicate (except the one the inclusive
// OpenAI bound re-reads by design, counted as a duplicate and not stored).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1"; // the loopback provider stub
});

import * as pullRoute from "@/app/api/v1/connectors/[id]/pull/route";
import * as integrationsRoute from "@/app/api/v1/integrations/route";
import { MAX_PAGES_PER_PULL } from "@/lib/connectors/providers";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { auditEvent, startPagedProviderStub } from "../helpers/paged-provider-stub";

const PAGE_SIZE = 2;
const AUDIT = "/v1/organization/audit_logs";
const USAGE = "/v1/organizations/usage_report/messages";
let stub: Awaited<ReturnType<typeof startPagedProviderStub>>;
beforeAll(async () => {
  // 230 audit events = 115 pages: 50 + 50 + 15. 150 hourly buckets = 75 pages: 50 + 25.
  stub = await startPagedProviderStub({ auditCount: 230, usageHours: 150, pageSize: PAGE_SIZE });
});
afterAll(() => stub.close());

async function setup(provider: "openai" | "anthropic") {
  const { org, members } = await createOrgWithMembers(["ADMIN"]);
  const { cookie } = await sessionCookie(members[0]!.user.id);
  const config = { baseUrl: provider === "openai" ? stub.openaiBaseUrl : stub.anthropicBaseUrl };
  const res = await call(integrationsRoute.POST, { method: "POST", cookie, body: { kind: "LLM_PROVIDER", provider, name: `${provider}-${randomBytes(3).toString("hex")}`, config, secrets: { api_key: `sk-admin-${randomBytes(12).toString("hex")}` } } });
  expect(res.status, res.text).toBe(201);
  const id = res.json.integration.id as string;
  /** One pull; returns its stream, its state and the requests it sent. */
  const pull = async () => {
    const before = stub.requests.length;
    const out = await call(pullRoute.POST, { method: "POST", cookie, params: { id } });
    expect(out.status, out.text).toBe(200);
    expect(out.json.pull.outcome).toBe("pulled");
    return { stream: out.json.pull.streams[0], state: out.json.pull.state, sent: stub.requests.slice(before) };
  };
  return { orgId: org.id, pull };
}

describe("a pull cut short by the page cap resumes from its cursor", () => {
  it("OpenAI audit logs: the sweep continues with after=<last id>, then the bound moves; every event stored once", async () => {
    expect(MAX_PAGES_PER_PULL).toBe(50);
    const { orgId, pull } = await setup("openai");

    const first = await pull();
    expect(first.stream).toMatchObject({ pages: 50, records: 100, file: { stored: 100, duplicates: 0, rejected: 0 } });
    // The first sweep's lower bound (now − the initial lookback) is saved, so later pulls page the same list.
    const bound = first.sent[0]!.query.get("effective_at[gte]")!;
    expect(first.state.backlog).toBe(true);
    expect(String(Math.floor(Date.parse(first.state.lastAuditAt as string) / 1000))).toBe(bound);
    await new Promise((r) => setTimeout(r, 1_100)); // the next pull runs in a later second
    expect(first.sent.map((r) => r.path)).toEqual(Array(50).fill(AUDIT));

    // Newer events arrive meanwhile: ahead of the sweep's cursor, so the next sweep (from the new bound) gets them.
    const nowS = Math.floor(Date.now() / 1000);
    stub.auditEvents.push(auditEvent(1000, nowS - 30), auditEvent(1001, nowS - 20), auditEvent(1002, nowS - 10));

    const second = await pull();
    expect(second.sent[0]!.query.get("after")).toBe(stub.auditEvents[99]!.id);
    expect(second.sent.map((r) => r.query.get("effective_at[gte]"))).toEqual(Array(50).fill(bound));
    expect(second.stream).toMatchObject({ pages: 50, records: 100, file: { stored: 100, duplicates: 0 } });
    expect(second.state.backlog).toBe(true);

    const third = await pull();
    expect(third.sent[0]!.query.get("after")).toBe(stub.auditEvents[199]!.id);
    expect(third.sent[0]!.query.get("effective_at[gte]")).toBe(bound);
    expect(third.stream).toMatchObject({ pages: 15, records: 30, file: { stored: 30, duplicates: 0 } });
    // Sweep done: the bound becomes the newest event the sweep saw (its first page), inclusive.
    const newestSwept = stub.auditEvents[0]!;
    expect(third.state).toMatchObject({ backlog: false, lastAuditAt: new Date(newestSwept.effective_at * 1000).toISOString(), lastAuditId: newestSwept.id });

    const fourth = await pull();
    expect(fourth.sent[0]!.query.get("after")).toBeNull();
    expect(fourth.sent[0]!.query.get("effective_at[gte]")).toBe(String(newestSwept.effective_at));
    expect(fourth.stream).toMatchObject({ pages: 2, records: 4, file: { stored: 3, duplicates: 1 } });

    const stored = await db.cloudEvent.findMany({ where: { orgId }, select: { resource: true } });
    const expected = stub.auditEvents.map((e) => (e["api_key.created"] as { id: string }).id);
    expect(stored).toHaveLength(233);
    expect(new Set(stored.map((e) => e.resource))).toEqual(new Set(expected));
  });

  it("Anthropic usage: the next window starts at the end of the last bucket received; every bucket stored once", async () => {
    const { orgId, pull } = await setup("anthropic");

    const first = await pull();
    expect(first.stream).toMatchObject({ pages: 50, records: 100, file: { stored: 100, duplicates: 0 } });
    const reached = stub.usageBuckets[99]!.ending_at;
    expect(first.state.lastUsageEnd).toBe(new Date(reached).toISOString());

    const second = await pull();
    expect(second.sent.map((r) => r.path)).toEqual(Array(25).fill(USAGE));
    expect(second.sent[0]!.query.get("starting_at")).toBe(new Date(reached).toISOString());
    expect(second.sent[0]!.query.get("page")).toBeNull();
    expect(second.stream).toMatchObject({ pages: 25, records: 50, file: { stored: 50, duplicates: 0 } });
    expect(Date.parse(second.state.lastUsageEnd as string)).toBeGreaterThanOrEqual(Date.parse(stub.usageBuckets.at(-1)!.ending_at));

    const third = await pull();
    expect(third.stream).toMatchObject({ records: 0, file: null });

    const events = await db.llmEvent.findMany({ where: { orgId }, select: { time: true, inputTokens: true }, orderBy: { time: "asc" } });
    expect(events.map((e) => e.time.toISOString())).toEqual(stub.usageBuckets.map((b) => new Date(b.starting_at).toISOString()));
    expect(events.map((e) => e.inputTokens)).toEqual(stub.usageBuckets.map((_, i) => 100 + i));
  });
});
