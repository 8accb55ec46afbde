// Alert message bodies and their signature (pure). Bodies carry what a responder needs to open the finding,
// never its evidence, description or any secret.
import { createHmac } from "node:crypto";
import { SEVERITY_LABELS, STATUS_LABELS, type FindingStatus, type Severity } from "@/lib/findings/constants";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, type AlertKind, type WebhookFormat } from "./constants";

export type AlertEvent = AlertKind | "test";
export type AlertFinding = { id: string; title: string; severity: Severity; status: FindingStatus; app: string | null; slaDueAt: Date | null };

export type GenericAlertBody = {
  event: AlertEvent;
  finding: { id: string; title: string; severity: Severity; status: FindingStatus; app: string | null; slaDueAt: string | null; url: string } | null;
  sentAt: string;
  message?: string;
};

const HEADLINES: Record<AlertEvent, string> = { new_finding: "New finding", sla_breach: "SLA breached", test: "Test alert" };
const TEST_MESSAGE = "Test alert from LLM SecOps Console: this webhook works.";

export const findingUrl = (baseUrl: string, findingId: string) => `${baseUrl.replace(/\/+$/, "")}/findings/${findingId}`;

/** Slack mrkdwn treats &, < and > as control characters (links, mentions). */
const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function genericBody(event: AlertEvent, finding: AlertFinding | null, baseUrl: string, sentAt: Date): GenericAlertBody {
  return {
    event,
    finding: finding
      ? {
        id: finding.id, title: finding.title, severity: finding.severity, status: finding.status, app: finding.app,
        slaDueAt: finding.slaDueAt?.toISOString() ?? null, url: findingUrl(baseUrl, finding.id),
      }
      : null,
    sentAt: sentAt.toISOString(),
    ...(event === "test" ? { message: TEST_MESSAGE } : {}),
  };
}

export function slackBody(event: AlertEvent, finding: AlertFinding | null, baseUrl: string) {
  if (!finding) return { text: TEST_MESSAGE, blocks: [{ type: "section", text: { type: "mrkdwn", text: `*${HEADLINES.test}*: ${TEST_MESSAGE}` } }] };
  const severity = SEVERITY_LABELS[finding.severity];
  const url = findingUrl(baseUrl, finding.id);
  const title = slackEscape(finding.title);
  const field = (label: string, value: string) => ({ type: "mrkdwn", text: `*${label}*\n${value}` });
  return {
    text: `[${severity}] ${HEADLINES[event]}: ${finding.title}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${HEADLINES[event]}* (${severity}): <${url}|${title}>` } },
      {
        type: "section",
        fields: [
          field("Severity", severity),
          field("App", finding.app ? slackEscape(finding.app) : "None"),
          field("Status", STATUS_LABELS[finding.status]),
          field("SLA due", finding.slaDueAt ? finding.slaDueAt.toISOString().slice(0, 10) : "No SLA"),
        ],
      },
      { type: "context", elements: [{ type: "mrkdwn", text: `LLM SecOps Console · <${url}|Open the finding>` }] },
    ],
  };
}

/** `sha256=` + hex HMAC-SHA256 over "<timestamp>.<body>", the same scheme receivers verify. */
export const signatureOf = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

export type AlertRequest = { body: string; headers: Record<string, string> };

export function buildAlertRequest(input: {
  format: WebhookFormat; event: AlertEvent; finding: AlertFinding | null; baseUrl: string; secret: string | null; deliveryId: string; now: Date;
}): AlertRequest {
  const { format, event, finding, baseUrl, secret, deliveryId, now } = input;
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "LLMSecOps-Alerts/1", [DELIVERY_HEADER]: deliveryId };
  if (format === "slack") return { body: JSON.stringify(slackBody(event, finding, baseUrl)), headers };
  const body = JSON.stringify(genericBody(event, finding, baseUrl, now));
  if (secret) {
    const timestamp = String(Math.floor(now.getTime() / 1000));
    headers[TIMESTAMP_HEADER] = timestamp;
    headers[SIGNATURE_HEADER] = signatureOf(secret, timestamp, body);
  }
  return { body, headers };
}
