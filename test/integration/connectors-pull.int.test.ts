import { randomBytes, randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1"; // the loopback provider stub
});

import * as pullRoute from "@/app/api/v1/connectors/[id]/pull/route";
import * as connectorsRoute from "@/app/api/v1/connectors/route";
import * as integrationRoute from "@/app/api/v1/integrations/[id]/route";
import * as integrationsRoute from "@/app/api/v1/integrations/route";
import { PULL_INTERVAL_MS } from "@/lib/connectors/providers";
import type { TConnectorPullPayload } from "@/lib/connectors/schemas";
import { listDuePulls } from "@/lib/connectors/server/list-due-pulls";
import { updatePullState } from "@/lib/connectors/server/pull-state";
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { db } from "@/lib/server/db";
import { fileStore } from "@/lib/server/file-store";
import { processConnectorPull } from "@/workers/processors/connector-pull";
import { call, createOrgWithMembers, sessionCookie } from "../factories";
import { startProviderStub, type ProviderStub } from "../helpers/provider-stub";

const openaiKey = `sk-admin-${randomBytes(16).toString("hex")}`;
const anthropicKey = `sk-ant-admin01-${randomBytes(16).toString("hex")}`;
let stub: ProviderStub;
beforeAll(async () => {
  stub = await startProviderStub({ openaiKey, anthropicKey });
});
afterAll(() => stub.close());

async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map((m) => sessionCookie(m.user.id)));
  return { org, admin: admin!.cookie, analyst: analyst!.cookie, manager: manager!.cookie };
}

async function createProvider(cookie: string, provider: "openai" | "anthropic", key: string, config: Record<string, unknown>) {
  const res = await call(integrationsRoute.POST, { method: "POST", cookie, body: { kind: "LLM_PROVIDER", provider, name: `${provider}-${randomBytes(3).toString("hex")}`, config, secrets: { api_key: key } } });
  expect(res.status, res.text).toBe(201);
  return res.json.integration.id as string;
}

const pull = (cookie: string, id: string) => call(pullRoute.POST, { method: "POST", cookie, params: { id } });
const requestsTo = (path: string) => stub.requests.filter((r) => r.path === path);
const pullState = async (id: string) => ((await db.integration.findUniqueOrThrow({ where: { id }, select: { config: true } })).config as { pull: Record<string, unknown> }).pull;

const AUDIT = "/v1/organization/audit_logs";
const USAGE = "/v1/organizations/usage_report/messages";

describe("pull connectors", () => {
  it("pulls OpenAI audit logs page by page with the admin key, ingests them, and a second pull stores nothing new", async () => {
    const { org, admin, analyst } = await setup();
    const id = await createProvider(admin, "openai", openaiKey, { baseUrl: stub.openaiBaseUrl });
    const before = requestsTo(AUDIT).length;

    const res = await pull(analyst, id);
    expect(res.status, res.text).toBe(200);
    expect(res.json.pull).toMatchObject({ integrationId: id, outcome: "pulled", error: null });
    expect(res.json.pull.streams).toEqual([
      expect.objectContaining({ source: "openai-audit", pages: 2, records: 4, file: expect.objectContaining({ via: "PULL", status: "DONE", lines: 4, stored: 4, duplicates: 0, rejected: 0 }) }),
    ]);
    const newest = stub.auditEvents[0]!;
    expect(res.json.pull.state).toMatchObject({ lastAuditId: newest.id, lastAuditAt: new Date((newest.effective_at as number) * 1000).toISOString(), lastError: null, running: false });

    const sent = requestsTo(AUDIT).slice(before);
    expect(sent).toHaveLength(2);
    for (const r of sent) {
      expect(r.headers.authorization).toBe(`Bearer ${openaiKey}`);
      expect(r.query.get("effective_at[gte]")).toMatch(/^\d+$/);
      expect(r.query.get("limit")).toBe("100");
    }
    expect(sent[0]!.query.get("after")).toBeNull();
    expect(sent[1]!.query.get("after")).toBe(stub.auditEvents[1]!.id);

    const events = await db.cloudEvent.findMany({ where: { orgId: org.id, source: "openai-audit" }, orderBy: { time: "desc" } });
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({ provider: "openai", action: "api_key.created", principal: "admin0@example.test", account: "proj_stub", outcome: "success" });
    expect(events.every((e) => e.fileId === res.json.pull.streams[0].file.id)).toBe(true);

    // Again: the bound is inclusive, so the newest event comes back and is counted as a duplicate.
    const again = await pull(admin, id);
    expect(again.status, again.text).toBe(200);
    expect(again.json.pull.streams[0]).toMatchObject({ records: 1, file: { stored: 0, duplicates: 1, lines: 1 } });
    expect(requestsTo(AUDIT).at(-1)!.query.get("effective_at[gte]")).toBe(String(newest.effective_at));
    expect(await db.cloudEvent.count({ where: { orgId: org.id } })).toBe(4);

    const audit = await db.auditEvent.findMany({ where: { orgId: org.id, action: "connector.pulled" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]!.summary).toMatchObject({ outcome: "pulled" });
  });

  it("pulls the Anthropic usage report in closed hourly buckets with x-api-key and anthropic-version", async () => {
    const { org, admin } = await setup();
    const id = await createProvider(admin, "anthropic", anthropicKey, { baseUrl: stub.anthropicBaseUrl });
    const before = requestsTo(USAGE).length;

    const res = await pull(admin, id);
    expect(res.status, res.text).toBe(200);
    expect(res.json.pull.streams).toEqual([
      expect.objectContaining({ source: "anthropic-usage", pages: 2, records: 4, file: expect.objectContaining({ via: "PULL", status: "DONE", lines: 4, stored: 4, duplicates: 0 }) }),
    ]);
    const sent = requestsTo(USAGE).slice(before);
    expect(sent).toHaveLength(2);
    for (const r of sent) {
      expect(r.headers["x-api-key"]).toBe(anthropicKey);
      expect(r.headers["anthropic-version"]).toBe("2023-06-01");
      expect(r.headers.authorization).toBeUndefined();
      expect(r.query.get("bucket_width")).toBe("1h");
      expect(r.query.getAll("group_by[]")).toEqual(["model", "api_key_id", "workspace_id"]);
    }
    expect(sent[1]!.query.get("page")).toBe("page_2");
    const windowEnd = sent[0]!.query.get("ending_at")!;
    expect(Date.parse(windowEnd) % 3_600_000).toBe(0);
    expect(res.json.pull.state.lastUsageEnd).toBe(new Date(Date.parse(windowEnd)).toISOString());

    const llm = await db.llmEvent.findMany({ where: { orgId: org.id }, orderBy: { time: "asc" } });
    expect(llm).toHaveLength(4);
    expect(llm[0]).toMatchObject({ providerName: "anthropic", requestModel: "claude-sonnet-4-20250514", inputTokens: 1030, outputTokens: 300, apiKeyId: "apikey_stub" });

    // Nothing closed since: no request, no file.
    const again = await pull(admin, id);
    expect(again.json.pull.streams[0]).toMatchObject({ pages: 0, records: 0, file: null });
    expect(requestsTo(USAGE).length).toBe(before + 2);

    // An overlapping window (cursor moved back a day) stores 0 new events: all duplicates.
    await updatePullState(org.id, id, (s) => ({ ...s, lastUsageEnd: new Date(Date.parse(windowEnd) - 86_400_000).toISOString() }));
    const overlap = await pull(admin, id);
    expect(overlap.json.pull.streams[0]).toMatchObject({ records: 4, file: { stored: 0, duplicates: 4 } });
    expect(await db.llmEvent.count({ where: { orgId: org.id } })).toBe(4);
  });

  it("never lets the key out: not in responses, the pull state, audit, ledgers or stored events", async () => {
    const { org, admin } = await setup();
    const openai = await createProvider(admin, "openai", openaiKey, { baseUrl: stub.openaiBaseUrl });
    const anthropic = await createProvider(admin, "anthropic", anthropicKey, { baseUrl: stub.anthropicBaseUrl });
    const texts = [(await pull(admin, openai)).text, (await pull(admin, anthropic)).text];
    stub.failWith(401);
    texts.push((await pull(admin, openai)).text);
    stub.failWith(null);
    texts.push((await call(connectorsRoute.GET, { cookie: admin })).text, (await call(integrationRoute.GET, { cookie: admin, params: { id: openai } })).text);
    const rows = await Promise.all([
      db.integration.findMany({ where: { orgId: org.id } }), db.auditEvent.findMany({ where: { orgId: org.id } }), db.ingestFile.findMany({ where: { orgId: org.id } }),
      db.cloudEvent.findMany({ where: { orgId: org.id } }), db.llmEvent.findMany({ where: { orgId: org.id } }), db.ingestRejection.findMany({ where: { orgId: org.id } }),
    ]);
    const stored: string[] = [];
    for (const file of rows[2]) for await (const chunk of fileStore().read(file.storageKey) as AsyncIterable<Buffer>) stored.push(chunk.toString("utf8"));
    expect(stored.join("")).toContain("audit_log-stub0"); // the stored pages are the provider's answers
    const everything = texts.join("\n") + stored.join("") + JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    expect(everything).not.toContain(openaiKey);
    expect(everything).not.toContain(anthropicKey);
    expect(everything).not.toContain(openaiKey.slice(-12));
  });

  it("a 401 records lastError without moving the cursor; scheduled pulls wait for a rotated key", async () => {
    const { org, admin } = await setup();
    const id = await createProvider(admin, "openai", openaiKey, { baseUrl: stub.openaiBaseUrl });
    expect((await pull(admin, id)).json.pull.outcome).toBe("pulled");
    const cursor = await pullState(id);

    stub.failWith(401);
    const failed = await pull(admin, id).finally(() => stub.failWith(null));
    expect(failed.status, failed.text).toBe(200);
    expect(failed.json.pull).toMatchObject({ outcome: "failed", streams: [], state: { authFailed: true } });
    expect(failed.json.pull.error).toMatch(/answered 401 \(authentication_error\)/);
    const after = await pullState(id);
    expect(after).toMatchObject({ lastAuditAt: cursor.lastAuditAt, lastAuditId: cursor.lastAuditId, lastSuccessAt: cursor.lastSuccessAt, lastError: failed.json.pull.error, authFailed: true });
    expect(after.leaseUntil).toBeUndefined();
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "connector.pull_failed", actorType: "SYSTEM" } })).toBe(1);

    const later = Date.now() + PULL_INTERVAL_MS + 60_000;
    expect((await listDuePulls(later)).map((p) => p.integrationId)).not.toContain(id);
    await db.$transaction((tx) => storeIntegrationSecret(tx, { orgId: org.id, integrationId: id, purpose: "api_key", value: openaiKey })); // rotated
    expect(await listDuePulls(later)).toContainEqual({ orgId: org.id, integrationId: id });

    const recovered = await processConnectorPull({ data: { orgId: org.id, integrationId: id } } as Job<TConnectorPullPayload>);
    expect(recovered).toMatchObject({ outcome: "pulled", error: null });
    expect(await pullState(id)).toMatchObject({ lastError: null });
    expect((await pullState(id)).authFailed).toBeUndefined();
  });

  it("the worker retries transient failures; due pulls respect the interval", async () => {
    const { org, admin } = await setup();
    const id = await createProvider(admin, "anthropic", anthropicKey, { baseUrl: stub.anthropicBaseUrl });
    expect((await listDuePulls()).map((p) => p.integrationId)).toContain(id); // never pulled

    stub.failWith(503);
    const job = { data: { orgId: org.id, integrationId: id } } as Job<TConnectorPullPayload>;
    await expect(processConnectorPull(job).finally(() => stub.failWith(null))).rejects.toThrow(/answered 503/);
    expect((await pullState(id)).lastUsageEnd).toBeUndefined();

    expect(await processConnectorPull(job)).toMatchObject({ outcome: "pulled", files: [{ source: "anthropic-usage", stored: 4 }] });
    expect((await listDuePulls()).map((p) => p.integrationId)).not.toContain(id);
    expect((await listDuePulls(Date.now() + PULL_INTERVAL_MS + 1_000)).map((p) => p.integrationId)).toContain(id);
  });

  it("lists pullable integrations with their state; managers 403; another org's integration 404; busy 409; others 400", async () => {
    const { org, admin, analyst, manager } = await setup();
    const id = await createProvider(admin, "openai", openaiKey, { baseUrl: stub.openaiBaseUrl });
    const other = await setup();
    const bedrock = await call(integrationsRoute.POST, { method: "POST", cookie: admin, body: { kind: "LLM_PROVIDER", provider: "aws-bedrock", name: "Bedrock", config: { region: "us-east-1" }, secrets: { api_key: "bedrock-key-123456" } } });
    expect(bedrock.status, bedrock.text).toBe(201);

    const list = await call(connectorsRoute.GET, { cookie: analyst });
    expect(list.status, list.text).toBe(200);
    expect(list.json.connectors).toEqual([expect.objectContaining({ id, provider: "openai", source: "openai-audit", hasKey: true, pull: expect.objectContaining({ lastRunAt: null, running: false }) })]);
    expect((await call(connectorsRoute.GET, { cookie: other.admin })).json.connectors).toEqual([]);

    expect((await call(connectorsRoute.GET, { cookie: manager })).status).toBe(403);
    expect((await pull(manager, id)).status).toBe(403);
    expect((await pull(other.admin, id)).status).toBe(404);
    expect((await pull(admin, randomUUID())).status).toBe(404);
    expect((await pull(admin, "not-a-uuid")).status).toBe(400);
    expect((await pull(admin, bedrock.json.integration.id as string)).status).toBe(400);

    await updatePullState(org.id, id, (s) => ({ ...s, leaseUntil: new Date(Date.now() + 60_000).toISOString() }));
    expect((await pull(admin, id)).status).toBe(409);
    expect(await db.cloudEvent.count({ where: { orgId: { in: [org.id, other.org.id] } } })).toBe(0);
  });
});

