// Logging and monitoring: AI service logs per provider, cloud audit logs per cloud, alerting, live ingestion.
import { providerLabel } from "@/lib/apps/constants";
import type { AppEvidence, Control, Evaluator } from "../types";
import { automated, CLOUD_LABELS, cloudOf, daysBetween, fail, isoDate, listOf, manual, notApplicable, pass, plural } from "./helpers";

/** Production traffic older than this means ingestion stopped (or the app did). */
export const STALE_TRAFFIC_DAYS = 7;
/** Alerting counts as configured when some webhook fires at HIGH or below. */
const ALERT_RANK = { INFO: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 } as const;
const CLOUD_AUDIT_SOURCE = { aws: "CloudTrail", gcp: "Cloud Audit Logs", azure: "Activity Log" } as const;

export const LOGGING_CONTROLS: Control[] = [
  automated("LOG", "aiLogsForEveryProvider", {
    id: "LSO-LOG-01",
    title: "AI service logs are ingested for every provider the app uses",
    description: "In the last 7 days the console received LLM events for each model provider in the app's inventory.",
    rationale: "Detections, DLP on traffic, metering and investigations only see what is logged; an unlogged provider is a blind spot an attacker can use.",
    remediation: "Ingestion: add the provider's log source (OpenAI/Anthropic connectors, Bedrock invocation logging to S3, Azure OpenAI diagnostic settings, Vertex AI audit logs, or OTLP traces) and map it to the app under Ingestion → Mapping.",
    severity: "HIGH",
    weight: 3,
    mappings: { owaspLlm: ["LLM10", "LLM01"], nistAiRmf: ["MEASURE 2.4", "MANAGE 4.1"], nistAi600: ["Information Security"], atlas: ["AML.M0024"] },
  }),
  automated("LOG", "cloudAuditLogs", {
    id: "LSO-LOG-02",
    title: "Cloud audit logs are ingested for the app's clouds",
    description: "For every cloud the app runs models or reads data in (AWS, Google Cloud, Azure), audit events from that cloud arrived in the last 7 days.",
    rationale: "LLMjacking, key misuse and restricted-storage reads are only visible in the cloud control plane's audit log.",
    remediation: "Ingestion: forward CloudTrail (AWS), Cloud Audit Logs including Vertex AI data access (Google Cloud) or the Activity Log and Entra sign-ins (Azure) to the console, by upload, API or connector.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM10", "LLM03"], nistAiRmf: ["MEASURE 2.4", "MANAGE 4.3"], nistAi600: ["Information Security"], atlas: ["AML.M0024"] },
  }),
  automated("LOG", "alertingConfigured", {
    id: "LSO-LOG-03",
    title: "Alerting is configured for high-severity findings",
    description: "At least one enabled alert webhook notifies on new findings and SLA breaches of high severity or above.",
    rationale: "A detection nobody is told about is a log line; time to respond starts when someone is notified.",
    remediation: "Settings → Alerts → Add webhook: point it at the security channel (Slack-compatible or signed JSON), set Minimum severity to High or lower and send a test.",
    severity: "HIGH",
    weight: 2,
    mappings: { owaspLlm: ["LLM10"], nistAiRmf: ["MANAGE 4.3", "MANAGE 2.3"], nistAi600: ["Information Security"], atlas: ["AML.M0024"] },
  }),
  manual("LOG", "State how long AI telemetry and audit logs are kept, where, and how tampering is prevented (write-once storage, separate account).", 365, {
    id: "LSO-LOG-04",
    title: "AI telemetry is retained and protected from tampering",
    description: "Prompts, completions, tool calls and audit logs are kept long enough for investigations (at least a year for production apps) in storage the workload cannot alter.",
    rationale: "Incidents in LLM apps are often found weeks later; logs that expire or that a compromised workload can delete make them uninvestigable.",
    remediation: "Store raw logs in a separate account or project with object lock / retention policies, set the console's file store retention accordingly, then attest here.",
    severity: "LOW",
    weight: 1,
    mappings: { nistAiRmf: ["MEASURE 2.8", "MANAGE 4.1"], nistAi600: ["Information Security", "Information Integrity"], atlas: ["AML.M0024"] },
  }),
  automated("LOG", "productionTrafficLogged", {
    id: "LSO-LOG-05",
    title: "Production traffic keeps arriving",
    description: `A production app had LLM events ingested within the last ${STALE_TRAFFIC_DAYS} days.`,
    rationale: "Silence from a production app usually means a broken log pipeline, not an idle app; every traffic-based control goes blind with it.",
    remediation: "Ingestion → Files and Connectors: look for failing imports or connectors for the app's providers; if the app is no longer used, set its lifecycle to Retired.",
    severity: "MEDIUM",
    weight: 1,
    mappings: { nistAiRmf: ["MEASURE 2.4", "MEASURE 3.1"], nistAi600: ["Information Security"], atlas: ["AML.M0024"] },
  }),
];

const notDeployed = (e: AppEvidence) => (e.app.lifecycle === "IDEA" || e.app.lifecycle === "RETIRED" ? `The app is ${e.app.lifecycle === "IDEA" ? "an idea" : "retired"}: no traffic expected` : null);

const aiLogsForEveryProvider: Evaluator = (e) => {
  const idle = notDeployed(e);
  if (idle) return notApplicable(idle);
  const providers = [...new Set(e.modelUsages.map((u) => u.provider))];
  if (providers.length === 0) return notApplicable("The app records no model usage");
  const seen = new Set(e.traffic.providersSeen7d.map((p) => p.toLowerCase()));
  const missing = providers.filter((p) => !seen.has(p.toLowerCase()));
  const head = `${providers.length - missing.length} of ${plural(providers.length, "provider")} logged in the last 7 days`;
  return missing.length ? fail(`${head}; no events from ${listOf(missing.map(providerLabel))}`) : pass(`${head} (${listOf(providers.map(providerLabel))})`);
};

const cloudAuditLogs: Evaluator = (e) => {
  const clouds = new Set<keyof typeof CLOUD_LABELS>();
  for (const u of e.modelUsages) {
    const c = cloudOf(u.provider);
    if (c) clouds.add(c);
  }
  for (const cred of e.credentials) {
    const c = cred.kind === "CLOUD_ACCOUNT" || cred.kind === "LLM_PROVIDER" ? cloudOf(cred.provider) : null;
    if (c) clouds.add(c);
  }
  if (clouds.size === 0) return notApplicable("The app uses no cloud provider (AWS, Google Cloud, Azure)");
  const seen = new Set(e.cloudAuditProviders7d.map((p) => p.toLowerCase()));
  const all = [...clouds];
  const missing = all.filter((c) => !seen.has(c));
  const head = `Audit events in the last 7 days from ${all.length - missing.length} of ${plural(all.length, "cloud")} the app uses`;
  return missing.length ? fail(`${head}; none from ${listOf(missing.map((c) => `${CLOUD_LABELS[c]} (${CLOUD_AUDIT_SOURCE[c]})`))}`) : pass(`${head} (${listOf(all.map((c) => CLOUD_LABELS[c]))})`);
};

const alertingConfigured: Evaluator = (e) => {
  const { enabledWebhooks: n, minSeverity } = e.alerting;
  if (n === 0 || minSeverity === null) return fail("No enabled alert webhook: new findings and SLA breaches notify nobody");
  if (ALERT_RANK[minSeverity] > ALERT_RANK.HIGH) return fail(`${plural(n, "alert webhook")} ${n === 1 ? "fires" : "fire"} only on critical findings; high-severity findings notify nobody`);
  return pass(`${plural(n, "alert webhook")} enabled, the most sensitive firing at ${minSeverity.toLowerCase()} severity and above`);
};

const productionTrafficLogged: Evaluator = (e) => {
  if (e.app.lifecycle !== "PRODUCTION") return notApplicable(`The app is not in production (${e.app.lifecycle.toLowerCase()})`);
  const last = e.traffic.lastEventAt;
  if (!last) return fail("The app is in production but no LLM event was ingested in the last 30 days");
  const age = daysBetween(last, e.now);
  if (age > STALE_TRAFFIC_DAYS) return fail(`Last LLM event on ${isoDate(last)}, ${age} days ago (at most ${STALE_TRAFFIC_DAYS} expected)`);
  return pass(`Last LLM event on ${isoDate(last)}; ${e.traffic.events30d.toLocaleString("en-US")} events in the last 30 days`);
};

export const LOGGING_EVALUATORS: Record<string, Evaluator> = { aiLogsForEveryProvider, cloudAuditLogs, alertingConfigured, productionTrafficLogged };
