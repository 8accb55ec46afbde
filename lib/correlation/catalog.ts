// The correlation rules, as the console describes them (pure: shared by the API, the UI and the rule modules).

export const RULE_IDS = ["llmjacking", "shadow-ai", "known-secret-in-traffic", "usage-anomaly", "restricted-data-egress", "storage-read-then-model-call"] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type RuleTags = { owasp: string[]; atlas: string[]; nist: string[]; cwe: string[] };
export type RuleInfo = { id: RuleId; name: string; description: string; threshold: string; severity: "CRITICAL" | "HIGH" | "MEDIUM"; tags: RuleTags };

/** Prowler's cloudtrail_threat_detection_llm_jacking event names (the denominator of its ratio). */
export const LLMJACKING_ACTIONS = [
  "PutUseCaseForModelAccess", "PutFoundationModelEntitlement", "PutModelInvocationLoggingConfiguration", "CreateFoundationModelAgreement",
  "InvokeModel", "InvokeModelWithResponseStream", "GetUseCaseForModelAccess", "GetModelInvocationLoggingConfiguration",
  "GetFoundationModelAvailability", "ListFoundationModelAgreementOffers", "ListFoundationModels", "ListProvisionedModelThroughputs",
  "SearchAgreements", "AcceptAgreementRequest",
] as const;

export const THRESHOLDS = {
  llmjacking: { windowHours: 24, ratio: 0.4 },
  shadowAi: { minCalls: 1 },
  knownSecret: { windowDays: 7 },
  usageAnomaly: {
    k: 3, minRatioToMean: 2, baselineBuckets: 14,
    hour: { minActiveBuckets: 24, minTokens: 200_000, minCostUsd: 5 },
    day: { minActiveBuckets: 7, minTokens: 1_000_000, minCostUsd: 25 },
  },
  restrictedEgress: { windowHours: 24 },
  storageThenModel: { windowHours: 24, followMinutes: 15 },
  /** Most events linked to one finding (the description carries the full counts). */
  maxLinks: 50,
} as const;

const pct = (r: number) => `${Math.round(r * 100)}%`;

export const RULES: Record<RuleId, RuleInfo> = {
  llmjacking: {
    id: "llmjacking", name: "LLMjacking", severity: "HIGH",
    description: "One identity uses a large share of Bedrock's model-access, logging and invocation actions within 24 hours: the pattern of stolen credentials being probed and used to run models (Prowler's LLMjacking check).",
    threshold: `Distinct actions out of Prowler's ${LLMJACKING_ACTIONS.length} Bedrock event names, per identity ARN over 24 h, above ${pct(THRESHOLDS.llmjacking.ratio)} (6 or more)`,
    tags: { owasp: ["LLM10"], atlas: ["AML.T0012", "AML.T0040", "AML.T0034"], nist: ["Information Security"], cwe: ["CWE-522"] },
  },
  "shadow-ai": {
    id: "shadow-ai", name: "Shadow AI", severity: "MEDIUM",
    description: "Model calls by a principal, API key or project that no mapping rule attributes to a registered app: AI use outside the inventory.",
    threshold: `At least ${THRESHOLDS.shadowAi.minCalls} unmapped call per identity per UTC day (today and yesterday are checked)`,
    tags: { owasp: ["LLM03", "LLM10"], atlas: ["AML.T0040"], nist: ["Value Chain and Component Integration", "Information Security"], cwe: [] },
  },
  "known-secret-in-traffic": {
    id: "known-secret-in-traffic", name: "Known secret in LLM traffic", severity: "CRITICAL",
    description: "A secret found in a prompt or a response is the value of one of the organization's stored integration credentials (same org-keyed fingerprint): the credential has left its vault and must be rotated.",
    threshold: `Any DLP finding on an LLM call of the last ${THRESHOLDS.knownSecret.windowDays} days whose value fingerprint equals an integration secret's`,
    tags: { owasp: ["LLM02"], atlas: ["AML.T0055", "AML.T0057"], nist: ["Information Security", "Data Privacy"], cwe: ["CWE-200", "CWE-522"] },
  },
  "usage-anomaly": {
    id: "usage-anomaly", name: "Token or cost anomaly", severity: "MEDIUM",
    description: "Tokens or cost of an app or an identity in the current or previous hour/day far above its own baseline: cost harvesting or a runaway client.",
    threshold: `Above mean + ${THRESHOLDS.usageAnomaly.k}·σ and ${THRESHOLDS.usageAnomaly.minRatioToMean}× the mean of the previous ${THRESHOLDS.usageAnomaly.baselineBuckets} days (hourly or daily buckets, empty ones count as 0); needs ≥ ${THRESHOLDS.usageAnomaly.hour.minActiveBuckets} active hours / ${THRESHOLDS.usageAnomaly.day.minActiveBuckets} active days of history and at least ${THRESHOLDS.usageAnomaly.hour.minTokens.toLocaleString("en-US")} tokens or $${THRESHOLDS.usageAnomaly.hour.minCostUsd} per hour (${THRESHOLDS.usageAnomaly.day.minTokens.toLocaleString("en-US")} tokens or $${THRESHOLDS.usageAnomaly.day.minCostUsd} per day)`,
    tags: { owasp: ["LLM10"], atlas: ["AML.T0034", "AML.T0029"], nist: ["Information Security"], cwe: ["CWE-400"] },
  },
  "restricted-data-egress": {
    id: "restricted-data-egress", name: "Restricted data to an external provider without DLP", severity: "HIGH",
    description: "An app linked to a RESTRICTED dataset called an external model provider while the DLP policy that applies to it (its own, else the org default) only alerts: nothing redacts or blocks restricted data on the way out.",
    threshold: `Calls to a provider other than self-hosted runtimes in the last ${THRESHOLDS.restrictedEgress.windowHours} h, effective DLP action ALERT (or no policy)`,
    tags: { owasp: ["LLM02"], atlas: ["AML.T0024", "AML.T0057"], nist: ["Data Privacy", "Information Security"], cwe: ["CWE-359"] },
  },
  "storage-read-then-model-call": {
    id: "storage-read-then-model-call", name: "Restricted storage read, then a model call", severity: "HIGH",
    description: "The same principal reads an object under a RESTRICTED dataset's location and calls a model shortly after: restricted data may have been sent to the model.",
    threshold: `A model call (LLM event or Bedrock Invoke/Converse audit event) by the same principal within ${THRESHOLDS.storageThenModel.followMinutes} min after a successful object read, over the last ${THRESHOLDS.storageThenModel.windowHours} h`,
    tags: { owasp: ["LLM02"], atlas: ["AML.T0025", "AML.T0024"], nist: ["Data Privacy", "Information Security"], cwe: ["CWE-200"] },
  },
};
