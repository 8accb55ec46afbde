// API management and metering: gateway, per-app keys, usage metered outside the provider, budgets and limits.
import { providerLabel } from "@/lib/apps/constants";
import type { Control, Evaluator } from "../types";
import { automated, fail, isExternalProvider, listOf, manual, needsAttestation, notApplicable, pass, percent, plural, quoted, tail, usageLabel } from "./helpers";

/** Share of the app's calls that must carry token counts for usage to count as metered. */
export const METERED_SHARE = 0.95;

export const API_CONTROLS: Control[] = [
  automated("API", "callsViaGateway", {
    id: "LSO-API-01",
    title: "Model calls go through a managed gateway",
    description: "Every model usage of the app is routed through the organization's AI gateway or API management layer rather than straight to the provider.",
    rationale: "A gateway is the one place to enforce authentication, quotas, DLP and logging for every call; direct calls bypass all of them.",
    remediation: "Create a virtual key for the app in AI gateway and point the SDK's base URL at it (OpenAI and Anthropic), or route through another gateway (LiteLLM, Kong AI Gateway, Azure API Management) and tick Via gateway on each model usage of the app's page.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM10", "LLM03"], nistAiRmf: ["MANAGE 3.1", "GOVERN 6.1"], nistAi600: ["Value Chain and Component Integration", "Information Security"], atlas: ["AML.M0004", "AML.M0019"] },
  }),
  automated("API", "perAppKeys", {
    id: "LSO-API-02",
    title: "Each app has its own provider keys",
    description: "The provider credentials the app uses are not shared with other apps.",
    rationale: "A shared key makes usage, cost and abuse unattributable and means revoking one leaked key takes down every app that shares it.",
    remediation: "In the provider's console create a key (or project) per app, store it under Integrations → Add → LLM provider, and link the app's model usages to it on the app's page.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM10"], nistAiRmf: ["GOVERN 1.4", "MANAGE 2.4"], nistAi600: ["Information Security"], atlas: ["AML.M0019"] },
  }),
  automated("API", "usageMetered", {
    id: "LSO-API-03",
    title: "Token usage is metered outside the model service",
    description: `At least ${METERED_SHARE * 100}% of the app's LLM calls of the last 30 days reached the console with token counts (logs, usage reports or OTLP traces), so usage and cost are measured independently of the provider's bill.`,
    rationale: "Unbounded consumption and stolen keys show up first as token spikes; without independent metering they show up on the invoice.",
    remediation: "Ingestion → Connectors: enable the provider's usage connector, or send OTLP traces with gen_ai.usage.* attributes; check the app's line under Ingestion → Usage.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM10"], nistAiRmf: ["MEASURE 2.4", "MANAGE 4.1"], nistAi600: ["Information Security", "Environmental Impacts"], atlas: ["AML.M0024"] },
  }),
  manual("API", "Give the budget (tokens or currency per month), the per-user and per-key rate limits, and where they are enforced.", 90, {
    id: "LSO-API-04",
    title: "Budgets and rate limits are set",
    description: "The app has a spending budget with alerts and per-user / per-key rate limits enforced at the gateway or the provider (attested until the console's AI gateway enforces them).",
    rationale: "Limits turn a denial-of-wallet attack, a runaway agent loop or a leaked key from an open-ended bill into a bounded incident.",
    remediation: "Set a monthly budget and alert in the provider console (OpenAI project limits, AWS Budgets for Bedrock, Azure cost alerts), configure per-key RPM/TPM limits at the gateway, then attest here.",
    severity: "MEDIUM",
    weight: 2,
    mappings: { owaspLlm: ["LLM10"], nistAiRmf: ["MANAGE 2.1", "MANAGE 2.4"], nistAi600: ["Information Security"], atlas: ["AML.M0004"] },
  }),
  automated("API", "trafficAttributed", {
    id: "LSO-API-05",
    title: "The app's traffic is attributed to it",
    description: "Mapping rules (or attributed events) tie the app's model calls to it, so usage, cost and detections are reported per app.",
    rationale: "Calls nobody can attribute are shadow AI: they cannot be metered, budgeted or investigated.",
    remediation: "Ingestion → Mapping: add a rule matching the app's API key, project, principal or service name to the app; re-run the mapping on recent files.",
    severity: "LOW",
    weight: 1,
    mappings: { owaspLlm: ["LLM10"], nistAiRmf: ["GOVERN 1.6", "MEASURE 2.4"], nistAi600: ["Value Chain and Component Integration"], atlas: ["AML.M0024"] },
  }),
];

const callsViaGateway: Evaluator = (e) => {
  const usages = e.modelUsages;
  if (usages.length === 0) return notApplicable("The app records no model usage");
  const direct = usages.filter((u) => !u.viaGateway);
  const head = `${usages.length - direct.length} of ${plural(usages.length, "model usage")} go through the gateway`;
  return direct.length ? fail(`${head}; ${listOf(direct.map(usageLabel))} ${direct.length === 1 ? "calls" : "call"} the provider directly`) : pass(head);
};

const perAppKeys: Evaluator = (e) => {
  const usages = e.modelUsages.filter((u) => isExternalProvider(u.provider));
  if (usages.length === 0) return notApplicable("The app calls no external model provider");
  const byId = new Map(e.credentials.map((c) => [c.id, c]));
  const shared = new Map<string, string>();
  const unknown: string[] = [];
  for (const u of usages) {
    const c = u.credentialId ? byId.get(u.credentialId) : undefined;
    if (!c) unknown.push(usageLabel(u));
    else if (c.usedByAppIds.length > 1 && !shared.has(c.id)) {
      const key = c.secrets[0] ? `key ${tail(c.secrets[0].last4)} (${c.name})` : quoted(c.name);
      shared.set(c.id, `${key} is shared with ${plural(c.usedByAppIds.length - 1, "other app")}`);
    }
  }
  if (shared.size) return fail(listOf([...shared.values()], 2));
  if (unknown.length) return needsAttestation(`No registered credential for ${listOf(unknown)}: cannot tell whether its key is shared`);
  return pass(`${plural(new Set(usages.map((u) => u.credentialId)).size, "provider key")} used by this app only`);
};

const usageMetered: Evaluator = (e) => {
  const { events30d, meteredEvents30d } = e.traffic;
  if (events30d === 0 && meteredEvents30d === 0) return notApplicable("No LLM traffic in the last 30 days: nothing to meter");
  // Usage-report rows carry tokens without being calls, so metered can exceed calls: cap the share at 100%.
  if (events30d === 0 || meteredEvents30d >= events30d) return pass(`Token usage metered for ${meteredEvents30d.toLocaleString("en-US")} records in the last 30 days`);
  const head = `${percent(meteredEvents30d, events30d)} of ${events30d.toLocaleString("en-US")} calls in the last 30 days carry token counts`;
  return meteredEvents30d >= METERED_SHARE * events30d ? pass(head) : fail(`${head} (at least ${METERED_SHARE * 100}% needed)`);
};

const trafficAttributed: Evaluator = (e) => {
  const { mappingRuleCount: rules } = e;
  const { events30d } = e.traffic;
  if (rules > 0) return pass(`${plural(rules, "mapping rule")} attribute traffic to the app`);
  if (events30d > 0) return pass(`${events30d.toLocaleString("en-US")} events attributed to the app in the last 30 days`);
  if (e.app.lifecycle === "IDEA" || e.app.lifecycle === "RETIRED") return notApplicable(`The app is ${e.app.lifecycle === "IDEA" ? "an idea" : "retired"}: no traffic expected`);
  return fail(`No mapping rule and no event attributed to the app (${e.modelUsages.length ? listOf([...new Set(e.modelUsages.map((u) => providerLabel(u.provider)))]) : "no model usage"})`);
};

export const API_EVALUATORS: Record<string, Evaluator> = { callsViaGateway, perAppKeys, usageMetered, trafficAttributed };
