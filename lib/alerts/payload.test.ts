import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildAlertRequest, genericBody, signatureOf, slackBody, type AlertFinding } from "./payload";

const finding: AlertFinding = {
  id: "0b7f3c1e-9a7d-4f61-8f59-2f3c1d0e4a11", title: "Key <b>&</b> in prompt", severity: "HIGH", status: "TRIAGED", app: "Bot <x>", slaDueAt: new Date("2026-01-31T00:00:00Z"),
};
const now = new Date("2026-01-01T12:00:00Z");

describe("alert payloads", () => {
  it("escapes Slack control characters and links the finding", () => {
    const body = slackBody("sla_breach", finding, "https://console.example/");
    expect(body.text).toBe("[High] SLA breached: Key <b>&</b> in prompt");
    expect(body.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: `*SLA breached* (High): <https://console.example/findings/${finding.id}|Key &lt;b&gt;&amp;&lt;/b&gt; in prompt>` } });
    expect(JSON.stringify(body.blocks[1])).toContain("Bot &lt;x&gt;");
    expect(JSON.stringify(body.blocks[1])).toContain("2026-01-31");
  });

  it("builds the generic body with exactly the documented fields", () => {
    expect(genericBody("new_finding", finding, "https://console.example", now)).toEqual({
      event: "new_finding",
      finding: { id: finding.id, title: finding.title, severity: "HIGH", status: "TRIAGED", app: "Bot <x>", slaDueAt: "2026-01-31T00:00:00.000Z", url: `https://console.example/findings/${finding.id}` },
      sentAt: "2026-01-01T12:00:00.000Z",
    });
  });

  it("signs generic requests over timestamp.body and leaves Slack ones unsigned", () => {
    const signed = buildAlertRequest({ format: "generic", event: "new_finding", finding, baseUrl: "https://c", secret: "s3cret", deliveryId: "d1", now });
    expect(signed.headers["X-LLMSecOps-Timestamp"]).toBe("1767268800");
    const expected = `sha256=${createHmac("sha256", "s3cret").update(`1767268800.${signed.body}`).digest("hex")}`;
    expect(signed.headers["X-LLMSecOps-Signature"]).toBe(expected);
    expect(signatureOf("s3cret", "1767268800", signed.body)).toBe(expected);
    expect(signed.headers["X-LLMSecOps-Delivery"]).toBe("d1");
    const slack = buildAlertRequest({ format: "slack", event: "test", finding: null, baseUrl: "https://c", secret: null, deliveryId: "d2", now });
    expect(slack.headers["X-LLMSecOps-Signature"]).toBeUndefined();
    expect(JSON.parse(slack.body).text).toMatch(/^Test alert/);
  });
});
