import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1"; // the loopback receiver below
  process.env.NEXTAUTH_URL = "http://console.test";
});

import * as deliveriesRoute from "@/app/api/v1/alerts/deliveries/route";
import * as webhookRoute from "@/app/api/v1/alerts/webhooks/[id]/route";
import * as testRoute from "@/app/api/v1/alerts/webhooks/[id]/test/route";
import * as webhooksRoute from "@/app/api/v1/alerts/webhooks/route";
import { openSigningSecret } from "@/lib/alerts/server/webhook-secret";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, uniq } from "../factories";

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    received.push({ path: req.url ?? "", headers: req.headers, body });
    if (req.url?.startsWith("/redirect-private")) return void res.writeHead(307, { location: "https://10.0.0.1/hook" }).end();
    if (req.url?.startsWith("/redirect-metadata")) return void res.writeHead(302, { location: "https://169.254.169.254/latest/meta-data" }).end();
    res.writeHead(200).end("ok");
  });
});
let port = 0;
const receiverUrl = (path: string) => `http://127.0.0.1:${port}${path}`;
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function setup() {
  const { org, members } = await createOrgWithMembers(["ADMIN", "ANALYST", "MANAGER"]);
  const [admin, analyst, manager] = await Promise.all(members.map(async (m) => (await sessionCookie(m.user.id)).cookie));
  return { org, admin: admin!, analyst: analyst!, manager: manager! };
}
const create = (cookie: string, body: object) => call(webhooksRoute.POST, { method: "POST", cookie, body });
const patch = (cookie: string, id: string, body: object) => call(webhookRoute.PATCH, { method: "PATCH", cookie, params: { id }, body });
const sendTest = (cookie: string, id: string) => call(testRoute.POST, { method: "POST", cookie, params: { id } });

describe("alert webhooks API", () => {
  it("creates, reads, changes and deletes webhooks; the signing secret is shown once and never read back or audited", async () => {
    const { org, admin, analyst } = await setup();
    const token = `T0KEN${uniq()}`;
    const created = await create(admin, { name: "SOC", url: receiverUrl(`/hooks/${token}/abcd`), format: "generic" });
    expect(created.status).toBe(201);
    const { webhook, secret } = created.json;
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(webhook).toMatchObject({ name: "SOC", format: "generic", minSeverity: "HIGH", onNewFinding: true, onSlaBreach: true, enabled: true, signed: true, lastStatus: null });
    expect(webhook.urlPreview).toBe(`http://127.0.0.1:${port}/…abcd`);

    const list = await call(webhooksRoute.GET, { cookie: analyst });
    expect(list.status).toBe(200);
    expect(list.json.webhooks.map((w: { id: string }) => w.id)).toEqual([webhook.id]);
    const one = await call(webhookRoute.GET, { cookie: analyst, params: { id: webhook.id } });
    expect(one.json.webhook).toEqual(list.json.webhooks[0]);

    const changed = await patch(admin, webhook.id, { minSeverity: "CRITICAL", onSlaBreach: false, name: "SOC critical" });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ secret: null, webhook: { minSeverity: "CRITICAL", onSlaBreach: false, name: "SOC critical" } });
    const rotated = await patch(admin, webhook.id, { rotateSecret: true });
    expect(rotated.json.secret).toMatch(/^whsec_/);
    expect(rotated.json.secret).not.toBe(secret);
    const stored = await db.alertWebhook.findFirstOrThrow({ where: { id: webhook.id }, select: { secretCipher: true } });
    expect(stored.secretCipher).not.toContain(rotated.json.secret);
    expect(await openSigningSecret(org.id, webhook.id, stored.secretCipher!)).toBe(rotated.json.secret);

    const toSlack = await patch(admin, webhook.id, { format: "slack", url: receiverUrl(`/slack/${token}/wxyz`) });
    expect(toSlack.json).toMatchObject({ secret: null, webhook: { format: "slack", signed: false, urlPreview: `http://127.0.0.1:${port}/…wxyz` } });
    expect((await db.alertWebhook.findFirstOrThrow({ where: { id: webhook.id }, select: { secretCipher: true } })).secretCipher).toBeNull();
    expect((await patch(admin, webhook.id, { rotateSecret: true })).status).toBe(400);
    const backToGeneric = await patch(admin, webhook.id, { format: "generic" });
    expect(backToGeneric.json.secret).toMatch(/^whsec_/); // a webhook that becomes generic gets a secret, shown once

    const removed = await call(webhookRoute.DELETE, { method: "DELETE", cookie: admin, params: { id: webhook.id } });
    expect(removed.json).toEqual({ ok: true });
    expect((await call(webhookRoute.GET, { cookie: admin, params: { id: webhook.id } })).status).toBe(404);

    const audit = await db.auditEvent.findMany({ where: { orgId: org.id, resourceId: webhook.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["alert_webhook.created", "alert_webhook.updated", "alert_webhook.updated", "alert_webhook.updated", "alert_webhook.updated", "alert_webhook.deleted"]);
    expect(audit[1]!.summary).toMatchObject({ changed: { minSeverity: { from: "HIGH", to: "CRITICAL" } } });
    expect(audit[3]!.summary).toMatchObject({ changed: { destination: { from: `http://127.0.0.1:${port}`, to: `http://127.0.0.1:${port}` } } });
    const everything = JSON.stringify([audit.map((a) => a.summary), list.json, one.json, changed.json, toSlack.json]);
    for (const s of [secret, rotated.json.secret, backToGeneric.json.secret, token]) expect(everything).not.toContain(s);
  });

  it("lets only admins write (403 for analysts and managers) and hides webhooks from managers", async () => {
    const { admin, analyst, manager } = await setup();
    const { webhook } = (await create(admin, { name: "Ops", url: receiverUrl("/ops"), format: "slack" })).json;
    for (const cookie of [analyst, manager]) {
      expect((await create(cookie, { name: "x", url: receiverUrl("/x"), format: "slack" })).status).toBe(403);
      expect((await patch(cookie, webhook.id, { enabled: false })).status).toBe(403);
      expect((await call(webhookRoute.DELETE, { method: "DELETE", cookie, params: { id: webhook.id } })).status).toBe(403);
      expect((await sendTest(cookie, webhook.id)).status).toBe(403);
    }
    expect((await call(webhooksRoute.GET, { cookie: manager })).status).toBe(403);
    expect((await call(deliveriesRoute.GET, { cookie: manager })).status).toBe(403);
    expect((await call(deliveriesRoute.GET, { cookie: analyst })).status).toBe(200);
  });

  it("answers 404 for another organization's webhooks", async () => {
    const a = await setup();
    const b = await setup();
    const { webhook } = (await create(a.admin, { name: "A", url: receiverUrl("/a"), format: "slack" })).json;
    expect((await call(webhookRoute.GET, { cookie: b.admin, params: { id: webhook.id } })).status).toBe(404);
    expect((await patch(b.admin, webhook.id, { enabled: false })).status).toBe(404);
    expect((await sendTest(b.admin, webhook.id)).status).toBe(404);
    expect((await call(webhookRoute.DELETE, { method: "DELETE", cookie: b.admin, params: { id: webhook.id } })).status).toBe(404);
    expect((await call(webhooksRoute.GET, { cookie: b.admin })).json.webhooks).toEqual([]);
    expect((await call(deliveriesRoute.GET, { cookie: b.admin, path: `/api/v1/alerts/deliveries?webhookId=${webhook.id}` })).json.deliveries).toEqual([]);
    expect(await db.alertWebhook.findFirstOrThrow({ where: { id: webhook.id } })).toMatchObject({ enabled: true });
  });

  it("validates input and refuses internal or non-https destinations when saved", async () => {
    const { org, admin } = await setup();
    const valid = { name: "Hook", format: "slack" };
    expect((await create(admin, { ...valid })).status).toBe(400);
    expect((await create(admin, { ...valid, url: receiverUrl("/x"), format: "teams" })).status).toBe(400);
    expect((await create(admin, { ...valid, url: receiverUrl("/x"), orgId: org.id })).status).toBe(400);
    expect((await create(admin, { ...valid, url: receiverUrl("/x"), name: "x".repeat(81) })).status).toBe(400);
    const { webhook } = (await create(admin, { ...valid, url: receiverUrl("/ok") })).json;
    expect((await patch(admin, webhook.id, {})).status).toBe(400);

    const refused = async (url: string) => {
      const res = await create(admin, { ...valid, url });
      expect(res.status, url).toBe(400);
      return res.json.error.message as string;
    };
    expect(await refused("https://169.254.169.254/latest/meta-data")).toMatch(/internal address/);
    expect(await refused("https://10.1.2.3/hook")).toMatch(/internal address/);
    expect(await refused("https://[::ffff:127.0.0.1]/hook")).toMatch(/internal address/);
    expect(await refused(`https://localhost:${port}/hook`)).toMatch(/resolves to an internal address/);
    expect(await refused("http://hooks.example.com/x")).toMatch(/plain http/);
    expect(await refused("ftp://hooks.example.com/x")).toMatch(/http and https/);
    expect(await refused("https://user:pw@hooks.example.com/x")).toMatch(/credentials/);
    expect((await patch(admin, webhook.id, { url: "https://10.0.0.7/" })).status).toBe(400);

    process.env.OUTBOUND_ALLOW_HOSTS = ""; // without the allow-list, the loopback receiver is refused too
    try {
      expect(await refused(receiverUrl("/x"))).toMatch(/plain http/);
      expect(await refused(`https://127.0.0.1:${port}/x`)).toMatch(/internal address/);
    } finally {
      process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    }
    expect(await db.alertWebhook.count({ where: { orgId: org.id } })).toBe(1);
  });

  it("sends test messages, signs generic ones, and refuses redirects to internal addresses", async () => {
    const { org, admin } = await setup();
    const slack = (await create(admin, { name: "Slack", url: receiverUrl("/test/slack"), format: "slack" })).json.webhook;
    const sent = await sendTest(admin, slack.id);
    expect(sent.json.result).toMatchObject({ ok: true, httpStatus: 200, error: null });
    expect(sent.json.webhook.lastStatus).toBe("Test: Delivered (HTTP 200)");
    const slackBody = JSON.parse(received.find((r) => r.path === "/test/slack")!.body);
    expect(slackBody).toMatchObject({ text: expect.stringContaining("Test alert"), blocks: [{ type: "section" }] });

    const generic = await create(admin, { name: "Generic", url: receiverUrl("/test/generic"), format: "generic" });
    expect((await sendTest(admin, generic.json.webhook.id)).json.result.ok).toBe(true);
    const hit = received.find((r) => r.path === "/test/generic")!;
    const ts = hit.headers["x-llmsecops-timestamp"] as string;
    expect(hit.headers["x-llmsecops-signature"]).toBe(`sha256=${createHmac("sha256", generic.json.secret).update(`${ts}.${hit.body}`).digest("hex")}`);
    expect(JSON.parse(hit.body)).toMatchObject({ event: "test", finding: null });

    for (const path of ["/redirect-private", "/redirect-metadata"]) {
      const hook = (await create(admin, { name: path, url: receiverUrl(path), format: "slack" })).json.webhook;
      const res = await sendTest(admin, hook.id);
      expect(res.json.result, path).toMatchObject({ ok: false, httpStatus: null, error: expect.stringMatching(/internal address/) });
      expect(res.json.webhook.lastStatus).toMatch(/^Test: Failed: https:\/\/(10\.0\.0\.1|169\.254\.169\.254) is an internal address/);
    }
    process.env.OUTBOUND_ALLOW_HOSTS = ""; // checked again at connect time: the saved URL is no longer allowed
    try {
      expect((await sendTest(admin, slack.id)).json.result).toMatchObject({ ok: false, error: expect.stringMatching(/plain http/) });
    } finally {
      process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    }
    expect(await db.auditEvent.count({ where: { orgId: org.id, action: "alert_webhook.tested" } })).toBe(5);
  });
});
