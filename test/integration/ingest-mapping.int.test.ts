import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import * as ruleRoute from "@/app/api/v1/ingest/mapping-rules/[id]/route";
import * as rulesRoute from "@/app/api/v1/ingest/mapping-rules/route";
import { processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, uniq } from "../factories";

const invocation = (role: string) => JSON.stringify({
  schemaType: "ModelInvocationLog", timestamp: "2025-03-02T11:00:00Z", accountId: "123456789012", region: "us-east-1", requestId: `r-${uniq()}`,
  operation: "Converse", modelId: "amazon.nova-lite-v1:0", identity: { arn: `arn:aws:sts::123456789012:assumed-role/${role}/s` },
  input: { inputTokenCount: 10, inputBodyJson: { messages: [{ role: "user", content: [{ text: "hello" }] }] } }, output: { outputTokenCount: 2, outputBodyJson: {} },
});
async function ingest(orgId: string, lines: string[]) {
  const f = await storeUpload({ orgId, source: "auto", fileName: "x.jsonl", body: Readable.from([Buffer.from(lines.join("\n"))]), via: "CLI", enqueue: false });
  await processIngestFile({ orgId, fileId: f.id });
}

describe("app mapping rules", () => {
  it("maps past unmapped events when a rule is added, and new events as they arrive", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST"]);
    const admin = (await sessionCookie(members[0]!.user.id)).cookie;
    const analyst = (await sessionCookie(members[1]!.user.id)).cookie;
    const app = await db.llmApp.create({ data: { orgId: org.id, name: "Support bot" } });
    await ingest(org.id, [invocation("support-bot"), invocation("support-bot"), invocation("other-team")]);
    expect(await db.llmEvent.count({ where: { orgId: org.id, appId: null } })).toBe(3);

    const created = await call(rulesRoute.POST, { method: "POST", cookie: admin, body: { appId: app.id, field: "principal", matchType: "prefix", value: "arn:aws:sts::123456789012:assumed-role/support-bot/" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ remapped: 2, rule: { appName: "Support bot", field: "principal", matchType: "prefix" } });
    await ingest(org.id, [invocation("support-bot")]);
    expect(await db.llmEvent.count({ where: { orgId: org.id, appId: app.id } })).toBe(3);
    expect(await db.llmEvent.count({ where: { orgId: org.id, appId: null } })).toBe(1); // shadow AI candidate

    expect((await call(rulesRoute.GET, { cookie: analyst })).json.rules).toHaveLength(1);
    expect((await call(rulesRoute.POST, { method: "POST", cookie: analyst, body: { appId: app.id, field: "model", value: "x" } })).status).toBe(403);
    const other = await createOrgWithMembers(["ADMIN"]);
    const otherAdmin = (await sessionCookie(other.members[0]!.user.id)).cookie;
    expect((await call(rulesRoute.POST, { method: "POST", cookie: otherAdmin, body: { appId: app.id, field: "model", value: "x" } })).status).toBe(404);
    expect((await call(ruleRoute.DELETE, { method: "DELETE", cookie: otherAdmin, params: { id: created.json.rule.id } })).status).toBe(404);
    expect((await call(ruleRoute.DELETE, { method: "DELETE", cookie: admin, params: { id: created.json.rule.id } })).status).toBe(200);
    expect(await db.llmEvent.count({ where: { orgId: org.id, appId: app.id } })).toBe(3); // history kept
  });
});
