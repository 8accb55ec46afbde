import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import * as cloudEventRoute from "@/app/api/v1/events/cloud/[id]/route";
import * as cloudEventsRoute from "@/app/api/v1/events/cloud/route";
import * as facetsRoute from "@/app/api/v1/events/facets/route";
import * as llmEventRoute from "@/app/api/v1/events/llm/[id]/route";
import * as llmEventsRoute from "@/app/api/v1/events/llm/route";
import { processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie, uniq } from "../factories";
import { createApp, HOUR, insertLlmEvent } from "./events-fixtures";

const awsKey = "AKIA" + "Z7VRSQ5TJN2XKQ4M";
const recent = new Date(Date.now() - 2 * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z");
const invocation = (prompt: string) => ({
  schemaType: "ModelInvocationLog", schemaVersion: "1.0", timestamp: recent, accountId: "123456789012", region: "us-east-1",
  requestId: `req-${uniq()}`, operation: "Converse", modelId: "anthropic.claude-3-haiku-20240307-v1:0",
  identity: { arn: "arn:aws:sts::123456789012:assumed-role/support-bot/session" },
  input: { inputContentType: "application/json", inputTokenCount: 12, inputBodyJson: { messages: [{ role: "user", content: [{ text: prompt }] }] } },
  output: { outputContentType: "application/json", outputTokenCount: 5, outputBodyJson: { output: { message: { role: "assistant", content: [{ text: "Done." }] } }, usage: { inputTokens: 12, outputTokens: 5 } } },
});
const trail = {
  eventVersion: "1.09", eventTime: recent, eventSource: "iam.amazonaws.com", eventName: "CreateAccessKey", awsRegion: "us-east-1",
  sourceIPAddress: "203.0.113.7", userAgent: "aws-cli/2", recipientAccountId: "123456789012", eventID: `evt-${uniq()}`,
  userIdentity: { type: "IAMUser", arn: "arn:aws:iam::123456789012:user/ops" }, errorCode: "AccessDenied",
};

async function ingest(orgId: string, lines: unknown[]) {
  const file = await storeUpload({ orgId, source: "auto", fileName: `f-${uniq()}.jsonl`, body: Readable.from([Buffer.from(lines.map((l) => JSON.stringify(l)).join("\n"))]), via: "CLI" });
  await processIngestFile({ orgId, fileId: file.id });
}

const ids = (json: { events: { id: string }[] }) => json.events.map((e) => e.id);

describe("events API", () => {
  it("lists ingested LLM calls and cloud events and shows their details with redacted text and DLP findings", async () => {
    const { org, members } = await createOrgWithMembers(["ANALYST"]);
    const { cookie } = await sessionCookie(members[0]!.user.id);
    await ingest(org.id, [invocation(`rotate ${awsKey} and mail jane.roe@example.org`), trail]);

    const list = await call(llmEventsRoute.GET, { cookie, path: "/api/v1/events/llm" });
    expect(list.status).toBe(200);
    expect(list.json.events).toHaveLength(1);
    const row = list.json.events[0];
    expect(row).toMatchObject({ provider: "aws.bedrock", operation: "chat", requestModel: "anthropic.claude-3-haiku-20240307-v1:0", inputTokens: 12, outputTokens: 5, appId: null, appName: null, source: "aws-bedrock-invocation" });
    expect(row.findingCount).toBeGreaterThanOrEqual(2);
    expect(list.json.nextCursor).toBeNull();

    const detail = await call(llmEventRoute.GET, { cookie, params: { id: row.id } });
    expect(detail.status).toBe(200);
    const event = detail.json.event;
    expect(event.prompt).toContain("<aws-access-token>");
    expect(detail.text).not.toContain(awsKey);
    expect(detail.text).not.toContain("jane.roe@example.org");
    expect(event).toMatchObject({ principal: "arn:aws:sts::123456789012:assumed-role/support-bot/session", completion: "Done." });
    expect(JSON.parse(event.raw)).toMatchObject({ schemaType: "ModelInvocationLog" }); // stored with the secret and email replaced
    expect(event.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(["aws-access-token", "EMAIL_ADDRESS"]));
    expect(event.findings[0]).toMatchObject({ severity: expect.any(String), evidence: expect.any(String), occurrences: 1 });

    const cloud = await call(cloudEventsRoute.GET, { cookie, path: "/api/v1/events/cloud?outcome=failure&service=iam" });
    expect(cloud.json.events).toHaveLength(1);
    expect(cloud.json.events[0]).toMatchObject({ provider: "aws", action: "CreateAccessKey", principal: "arn:aws:iam::123456789012:user/ops", outcome: "failure" });
    const cloudDetail = await call(cloudEventRoute.GET, { cookie, params: { id: cloud.json.events[0].id } });
    expect(JSON.parse(cloudDetail.json.event.raw)).toMatchObject({ eventName: "CreateAccessKey" });
    expect((await call(cloudEventsRoute.GET, { cookie, path: "/api/v1/events/cloud?outcome=success" })).json.events).toEqual([]);

    const facets = await call(facetsRoute.GET, { cookie, path: "/api/v1/events/facets" });
    expect(facets.json).toMatchObject({ providers: ["aws.bedrock"], operations: ["chat"], cloudProviders: ["aws"], models: ["anthropic.claude-3-haiku-20240307-v1:0"] });
  });

  it("pages with a keyset cursor over (time, id) without gaps or repeats, and filters", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    const apiKey = await createApiKeyFor(org.id, members[0]!.user.id, ["ingestion:read"]);
    const app = await createApp(org.id, "Support bot");
    const t0 = Date.now() - 10 * HOUR;
    const same = new Date(t0 + HOUR);
    const inserted = [
      await insertLlmEvent(org.id, { time: new Date(t0), appId: app.id, principal: "svc-support@corp.example" }),
      await insertLlmEvent(org.id, { time: same, provider: "anthropic", requestModel: "claude-3-5-sonnet", findingCount: 2 }),
      await insertLlmEvent(org.id, { time: same, operation: "embeddings", requestModel: null, responseModel: "text-embedding-3-small" }),
      await insertLlmEvent(org.id, { time: same, appId: app.id }),
      await insertLlmEvent(org.id, { time: new Date(t0 + 2 * HOUR), appId: app.id }),
      await insertLlmEvent(org.id, { time: new Date(t0 + 3 * HOUR) }),
      await insertLlmEvent(org.id, { time: new Date(Date.now() - 9 * 86_400_000) }), // outside the default 7 days
    ];
    const expected = inserted.slice(0, 6).sort((a, b) => b.time.getTime() - a.time.getTime() || (a.id < b.id ? 1 : -1)).map((e) => e.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 5; i++) {
      const path: string = `/api/v1/events/llm?limit=4${cursor ? `&cursor=${cursor}` : ""}`;
      const res = await call(llmEventsRoute.GET, { apiKey, path });
      expect(res.status).toBe(200);
      seen.push(...ids(res.json as never));
      cursor = res.json.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(expected);

    const q = async (query: string) => ids((await call(llmEventsRoute.GET, { apiKey, path: `/api/v1/events/llm?${query}` })).json as never);
    expect((await q(`appId=${app.id}`)).sort()).toEqual([inserted[0]!.id, inserted[3]!.id, inserted[4]!.id].sort());
    expect(await q("unmapped=true&provider=anthropic")).toEqual([inserted[1]!.id]);
    expect(await q("model=EMBEDDING")).toEqual([inserted[2]!.id]);
    expect(await q("operation=embeddings")).toEqual([inserted[2]!.id]);
    expect(await q("principal=svc-support")).toEqual([inserted[0]!.id]);
    expect(await q("hasFindings=true")).toEqual([inserted[1]!.id]);
    expect(await q(`from=${new Date(t0 - 20 * 86_400_000).toISOString()}&to=${new Date(t0 - HOUR).toISOString()}`)).toEqual([inserted[6]!.id]);
    const names = (await call(llmEventsRoute.GET, { apiKey, path: `/api/v1/events/llm?appId=${app.id}&limit=1` })).json.events[0];
    expect(names).toMatchObject({ appId: app.id, appName: "Support bot" });
  });

  it("answers 404 for another org's events, 403 without the scope and 400 for invalid input", async () => {
    const a = await createOrgWithMembers(["ADMIN", "MANAGER"]);
    const b = await createOrgWithMembers(["ADMIN"]);
    const adminA = (await sessionCookie(a.members[0]!.user.id)).cookie;
    const managerA = (await sessionCookie(a.members[1]!.user.id)).cookie;
    const adminB = (await sessionCookie(b.members[0]!.user.id)).cookie;
    await ingest(a.org.id, [invocation("hello"), { ...trail, eventID: `evt-${uniq()}` }]);
    const llmId = (await call(llmEventsRoute.GET, { cookie: adminA })).json.events[0].id;
    const cloudId = (await call(cloudEventsRoute.GET, { cookie: adminA })).json.events[0].id;

    expect((await call(llmEventRoute.GET, { cookie: adminB, params: { id: llmId } })).status).toBe(404);
    expect((await call(cloudEventRoute.GET, { cookie: adminB, params: { id: cloudId } })).status).toBe(404);
    expect((await call(llmEventsRoute.GET, { cookie: adminB })).json.events).toEqual([]);
    expect((await call(cloudEventsRoute.GET, { cookie: adminB })).json.events).toEqual([]);
    expect((await call(facetsRoute.GET, { cookie: adminB })).json).toMatchObject({ providers: [], cloudProviders: [] });

    expect((await call(llmEventsRoute.GET, { cookie: managerA })).status).toBe(403);
    expect((await call(cloudEventRoute.GET, { cookie: managerA, params: { id: cloudId } })).status).toBe(403);

    const bad = async (path: string) => (await call(llmEventsRoute.GET, { cookie: adminA, path })).status;
    expect(await bad("/api/v1/events/llm?cursor=nonsense")).toBe(400);
    expect(await bad(`/api/v1/events/llm?cursor=${btoa("2025-01-01T00:00:00.000Z|x")}`)).toBe(400);
    expect(await bad(`/api/v1/events/llm?appId=${a.org.id}&unmapped=true`)).toBe(400);
    expect(await bad("/api/v1/events/llm?limit=500")).toBe(400);
    expect(await bad("/api/v1/events/llm?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z")).toBe(400);
    expect(await bad("/api/v1/events/llm?from=yesterday")).toBe(400);
    expect(await bad("/api/v1/events/llm?hasFindings=yes")).toBe(400);
    expect(await bad("/api/v1/events/llm?orgId=x")).toBe(400);
    expect((await call(cloudEventsRoute.GET, { cookie: adminA, path: "/api/v1/events/cloud?outcome=maybe" })).status).toBe(400);
    expect((await call(llmEventRoute.GET, { cookie: adminA, params: { id: "not-a-uuid" } })).status).toBe(400);
  });
});
