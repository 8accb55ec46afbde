import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Job } from "bullmq";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1"; // the loopback receiver below
  process.env.NEXTAUTH_URL = "http://console.test";
});

import * as deliveriesRoute from "@/app/api/v1/alerts/deliveries/route";
import * as webhooksRoute from "@/app/api/v1/alerts/webhooks/route";
import { ATTEMPT_OFFSETS_SECONDS, DELIVERIES_PER_WEBHOOK_PER_SWEEP } from "@/lib/alerts/constants";
import { sweepAlerts } from "@/lib/alerts/server/sweep-alerts";
import { processAlertsSweep } from "@/workers/processors/alerts";
import type { FindingStatus, Severity } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { call, createOrgWithMembers, sessionCookie, uniq } from "../factories";

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    received.push({ path: req.url ?? "", headers: req.headers, body });
    if (req.url?.startsWith("/busy")) return void res.writeHead(503).end("busy, try later");
    if (req.url?.startsWith("/gone")) return void res.writeHead(404).end("no_service");
    if (req.url?.startsWith("/redirect-private")) return void res.writeHead(307, { location: "https://10.0.0.1/hook" }).end();
    res.writeHead(200).end("ok");
  });
});
let port = 0;
const receiverUrl = (path: string) => `http://127.0.0.1:${port}${path}`;
const hits = (path: string) => received.filter((r) => r.path === path);
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
afterEach(async () => {
  await db.alertWebhook.deleteMany({}); // the sweep serves every org: leave nothing behind for the next test
});

const DAY = 86_400_000;
async function seedFinding(orgId: string, over: { severity: Severity; status?: FindingStatus; firstSeenAt?: Date; appId?: string }) {
  return db.finding.create({
    data: {
      orgId, source: "DLP", detector: "secret", ruleId: "openai-api-key", title: `Key <leak> & ${uniq()}`, severity: over.severity, status: over.status ?? "OPEN",
      fingerprint: uniq() + uniq(), tags: { owasp: ["LLM02"] }, evidence: "sk-EVIDENCE-VALUE", description: "DESCRIPTION-TEXT", appId: over.appId,
      ...(over.firstSeenAt ? { firstSeenAt: over.firstSeenAt, lastSeenAt: over.firstSeenAt } : {}),
    },
  });
}
async function adminOf() {
  const { org, members } = await createOrgWithMembers(["ADMIN"]);
  return { org, admin: (await sessionCookie(members[0]!.user.id)).cookie };
}
const createWebhook = async (admin: string, body: object) => (await call(webhooksRoute.POST, { method: "POST", cookie: admin, body })).json;
const deliveriesOf = (webhookId: string) => db.alertDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: "asc" } });

describe("alerts sweep", () => {
  it("announces new findings at or above the minimum severity once, as Slack messages without evidence", async () => {
    const { org, admin } = await adminOf();
    const other = await adminOf();
    const { webhook } = await createWebhook(admin, { name: "Slack", url: receiverUrl("/slack"), format: "slack", minSeverity: "HIGH" });
    const app = await db.llmApp.create({ data: { orgId: org.id, name: "Support bot" } });
    const critical = await seedFinding(org.id, { severity: "CRITICAL", appId: app.id });
    const high = await seedFinding(org.id, { severity: "HIGH" });
    await seedFinding(org.id, { severity: "MEDIUM" });
    await seedFinding(org.id, { severity: "LOW" });
    await seedFinding(org.id, { severity: "CRITICAL", status: "FALSE_POSITIVE" });
    await seedFinding(other.org.id, { severity: "CRITICAL" });

    const first = await sweepAlerts();
    expect(first).toMatchObject({ queued: { newFindings: 2, slaBreaches: 0 }, delivered: 2, failed: 0, retrying: 0 });
    expect(hits("/slack")).toHaveLength(2);
    const bodies = hits("/slack").map((h) => JSON.parse(h.body));
    const aboutCritical = bodies.find((b) => b.text.includes(critical.title))!;
    expect(aboutCritical.text).toBe(`[Critical] New finding: ${critical.title}`);
    const escaped = critical.title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(aboutCritical.blocks[0].text.text).toBe(`*New finding* (Critical): <http://console.test/findings/${critical.id}|${escaped}>`);
    expect(aboutCritical.blocks[1].fields.map((f: { text: string }) => f.text)).toEqual(["*Severity*\nCritical", "*App*\nSupport bot", "*Status*\nOpen", `*SLA due*\n${critical.slaDueAt!.toISOString().slice(0, 10)}`]);
    expect(bodies.some((b) => b.text.includes(high.title))).toBe(true);
    expect(received.map((r) => r.body).join("")).not.toMatch(/EVIDENCE|DESCRIPTION/);

    const again = await processAlertsSweep({ data: { reason: "scheduled" } } as Job<{ reason: "scheduled" }>); // the worker's entry point
    expect(again).toMatchObject({ queued: { newFindings: 0, slaBreaches: 0 }, delivered: 0 }); // idempotent
    expect(hits("/slack")).toHaveLength(2);
    expect(await deliveriesOf(webhook.id)).toHaveLength(2);
    const log = await call(deliveriesRoute.GET, { cookie: admin, path: `/api/v1/alerts/deliveries?webhookId=${webhook.id}` });
    expect(log.json.deliveries).toHaveLength(2);
    expect(log.json.deliveries[0]).toMatchObject({ webhookName: "Slack", kind: "new_finding", status: "DELIVERED", httpStatus: 200, attempts: 1, error: null });
    expect((await db.alertWebhook.findUniqueOrThrow({ where: { id: webhook.id } })).lastStatus).toBe("Delivered (HTTP 200)");
  });

  it("signs generic bodies with the webhook's secret over timestamp.body", async () => {
    const { org, admin } = await adminOf();
    const { webhook, secret } = await createWebhook(admin, { name: "SIEM", url: receiverUrl("/siem"), format: "generic", minSeverity: "CRITICAL" });
    const critical = await seedFinding(org.id, { severity: "CRITICAL" });
    await seedFinding(org.id, { severity: "HIGH" }); // below this webhook's minimum
    await sweepAlerts();
    expect(hits("/siem")).toHaveLength(1);
    const { headers, body } = hits("/siem")[0]!;
    const ts = headers["x-llmsecops-timestamp"] as string;
    expect(Math.abs(Number(ts) * 1000 - Date.now())).toBeLessThan(60_000);
    expect(headers["x-llmsecops-signature"]).toBe(`sha256=${createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex")}`);
    expect(headers["x-llmsecops-signature"]).not.toBe(`sha256=${createHmac("sha256", "other").update(`${ts}.${body}`).digest("hex")}`);
    const [delivery] = await deliveriesOf(webhook.id);
    expect(headers["x-llmsecops-delivery"]).toBe(delivery!.id);
    const parsed = JSON.parse(body);
    expect(Object.keys(parsed).sort()).toEqual(["event", "finding", "sentAt"]);
    expect(parsed).toMatchObject({ event: "new_finding" });
    expect(parsed.finding).toEqual({
      id: critical.id, title: critical.title, severity: "CRITICAL", status: "OPEN", app: null, slaDueAt: critical.slaDueAt!.toISOString(), url: `http://console.test/findings/${critical.id}`,
    });
    expect(body).not.toContain(secret);
  });

  it("announces SLA breaches that happen after the webhook was created", async () => {
    const { org, admin } = await adminOf();
    const { webhook } = await createWebhook(admin, { name: "SLA", url: receiverUrl("/sla"), format: "generic", onNewFinding: false });
    await db.alertWebhook.update({ where: { id: webhook.id }, data: { createdAt: new Date(Date.now() - 2 * 3_600_000) } });
    const breached = await seedFinding(org.id, { severity: "CRITICAL", firstSeenAt: new Date(Date.now() - 7 * DAY - 3_600_000) }); // due 1 h ago
    await seedFinding(org.id, { severity: "CRITICAL", firstSeenAt: new Date(Date.now() - 7 * DAY - 5 * 3_600_000) }); // due before the webhook existed
    await seedFinding(org.id, { severity: "HIGH", firstSeenAt: new Date(Date.now() - 10 * DAY) }); // due in 20 days
    await seedFinding(org.id, { severity: "CRITICAL", status: "RESOLVED", firstSeenAt: new Date(Date.now() - 7 * DAY - 3_600_000) });
    expect(await sweepAlerts()).toMatchObject({ queued: { newFindings: 0, slaBreaches: 1 }, delivered: 1 });
    const parsed = JSON.parse(hits("/sla")[0]!.body);
    expect(parsed).toMatchObject({ event: "sla_breach", finding: { id: breached.id, severity: "CRITICAL" } });
    expect(await sweepAlerts()).toMatchObject({ queued: { slaBreaches: 0 } });
    expect(hits("/sla")).toHaveLength(1);
  });

  it("retries failures with backoff up to the attempt limit, then marks them FAILED; a 4xx fails at once", async () => {
    const { org, admin } = await adminOf();
    const busy = await createWebhook(admin, { name: "Busy", url: receiverUrl("/busy"), format: "slack" });
    const gone = await createWebhook(admin, { name: "Gone", url: receiverUrl("/gone"), format: "slack" });
    await seedFinding(org.id, { severity: "CRITICAL" });
    const start = new Date();
    expect(await sweepAlerts({ now: start })).toMatchObject({ retrying: 1, failed: 1 });
    const [goneDelivery] = await deliveriesOf(gone.webhook.id);
    expect(goneDelivery).toMatchObject({ status: "FAILED", attempts: 1, httpStatus: 404, error: "HTTP 404: no_service" });

    let [delivery] = await deliveriesOf(busy.webhook.id);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, httpStatus: 503, error: "HTTP 503: busy, try later" });
    await sweepAlerts({ now: start }); // not due again yet
    expect(hits("/busy")).toHaveLength(1);
    for (const offset of ATTEMPT_OFFSETS_SECONDS.slice(1)) await sweepAlerts({ now: new Date(delivery!.createdAt.getTime() + offset * 1000 + 1000) });
    [delivery] = await deliveriesOf(busy.webhook.id);
    expect(delivery).toMatchObject({ status: "FAILED", attempts: ATTEMPT_OFFSETS_SECONDS.length, httpStatus: 503, deliveredAt: null });
    expect(hits("/busy")).toHaveLength(ATTEMPT_OFFSETS_SECONDS.length);
    expect(hits("/gone")).toHaveLength(1);
    expect((await db.alertWebhook.findUniqueOrThrow({ where: { id: busy.webhook.id } })).lastStatus).toBe("Failed: HTTP 503: busy, try later");
  });

  it("checks the destination again when connecting: internal addresses, redirects to them and names resolving to loopback are refused", async () => {
    const { org, admin } = await adminOf();
    const redirecting = await createWebhook(admin, { name: "Redirect", url: receiverUrl("/redirect-private"), format: "slack" });
    const direct = await createWebhook(admin, { name: "Direct", url: receiverUrl("/direct"), format: "slack" });
    // Rows as if saved under an older allow-list: the sweep must not trust what was checked at save time.
    const planted = await Promise.all(["https://169.254.169.254/latest/meta-data", "https://10.0.0.8/hook", `http://localhost:${port}/hook`].map((url) =>
      db.alertWebhook.create({ data: { orgId: org.id, name: url.slice(0, 80), url, format: "slack" } })));
    await seedFinding(org.id, { severity: "CRITICAL" });
    process.env.OUTBOUND_ALLOW_HOSTS = `127.0.0.1:${port}`; // the receiver stays allowed, but only by that host:port
    try {
      expect(await sweepAlerts()).toMatchObject({ delivered: 1, failed: 4, retrying: 0 });
    } finally {
      process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    }
    expect((await deliveriesOf(direct.webhook.id))[0]).toMatchObject({ status: "DELIVERED" });
    expect((await deliveriesOf(redirecting.webhook.id))[0]).toMatchObject({ status: "FAILED", attempts: 1, error: "https://10.0.0.1 is an internal address" });
    const errors = await Promise.all(planted.map(async (w) => (await deliveriesOf(w.id))[0]!.error));
    expect(errors).toEqual(["https://169.254.169.254 is an internal address", "https://10.0.0.8 is an internal address", `http://localhost:${port}: plain http is not allowed; use https`]);

    // A name that resolves to loopback is refused even over https.
    const named = await db.alertWebhook.create({ data: { orgId: org.id, name: "named", url: `https://localhost:${port}/hook`, format: "slack" } });
    await seedFinding(org.id, { severity: "HIGH" });
    await sweepAlerts();
    expect((await deliveriesOf(named.id)).map((d) => d.error)).toEqual([`https://localhost:${port} resolves to an internal address`]);
    expect(hits("/hook")).toHaveLength(0);
  });

  it("sends a bounded batch per webhook per sweep and the rest on the next one", async () => {
    const { org, admin } = await adminOf();
    const { webhook } = await createWebhook(admin, { name: "Burst", url: receiverUrl("/burst"), format: "slack" });
    for (let i = 0; i < DELIVERIES_PER_WEBHOOK_PER_SWEEP + 5; i++) await seedFinding(org.id, { severity: "HIGH" });
    expect(await sweepAlerts()).toMatchObject({ queued: { newFindings: DELIVERIES_PER_WEBHOOK_PER_SWEEP + 5 }, delivered: DELIVERIES_PER_WEBHOOK_PER_SWEEP });
    expect(await sweepAlerts()).toMatchObject({ queued: { newFindings: 0 }, delivered: 5 });
    expect(hits("/burst")).toHaveLength(DELIVERIES_PER_WEBHOOK_PER_SWEEP + 5);
    expect(new Set((await deliveriesOf(webhook.id)).map((d) => d.status))).toEqual(new Set(["DELIVERED"]));
  });

  it("skips findings closed before sending and pending alerts of a disabled webhook", async () => {
    const { org, admin } = await adminOf();
    const { webhook } = await createWebhook(admin, { name: "Later", url: receiverUrl("/later"), format: "slack" });
    const f = await seedFinding(org.id, { severity: "CRITICAL" });
    const { queueAlertDeliveries } = await import("@/lib/alerts/server/queue-alert-deliveries");
    await queueAlertDeliveries(new Date());
    await db.finding.update({ where: { id: f.id }, data: { status: "RESOLVED" } });
    expect(await sweepAlerts()).toMatchObject({ skipped: 1, delivered: 0 });
    expect((await deliveriesOf(webhook.id))[0]).toMatchObject({ status: "SKIPPED", attempts: 0, error: "Not sent: the finding is resolved now" });

    await seedFinding(org.id, { severity: "HIGH" });
    await queueAlertDeliveries(new Date());
    const disabled = await call((await import("@/app/api/v1/alerts/webhooks/[id]/route")).PATCH, { method: "PATCH", cookie: admin, params: { id: webhook.id }, body: { enabled: false } });
    expect(disabled.status).toBe(200);
    expect(await sweepAlerts()).toMatchObject({ delivered: 0, skipped: 0 });
    expect((await deliveriesOf(webhook.id)).map((d) => d.status)).toEqual(["SKIPPED", "SKIPPED"]);
    expect(hits("/later")).toHaveLength(0);
  });
});
