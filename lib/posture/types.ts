// The posture model: controls (data in lib/posture/controls), the evidence each app is judged on, and results.
// Evaluators are pure functions of AppEvidence; the server loads the evidence for a whole org in a few queries.

export const CONTROL_STATUSES = ["PASS", "FAIL", "NOT_APPLICABLE", "NEEDS_ATTESTATION"] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
export const emptyStatusCounts = (): Record<ControlStatus, number> => ({ PASS: 0, FAIL: 0, NOT_APPLICABLE: 0, NEEDS_ATTESTATION: 0 });

export const FAMILIES = {
  IAM: "Identity and access",
  SEC: "Secrets",
  DATA: "Data protection",
  API: "API management and metering",
  LOG: "Logging and monitoring",
  SAFE: "Content safety",
  DEV: "Secure development and LLMOps",
} as const;
export type FamilyId = keyof typeof FAMILIES;

export const CONTROL_SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;
export type ControlSeverity = (typeof CONTROL_SEVERITIES)[number];

export type ControlMappings = {
  /** OWASP Top 10 for LLM Applications 2025 ids, e.g. "LLM02". */
  owaspLlm: string[];
  /** NIST AI RMF 1.0 subcategories, e.g. "GOVERN 1.2", "MEASURE 2.7". */
  nistAiRmf: string[];
  /** NIST AI 600-1 (Generative AI profile) risks, e.g. "Information Security". */
  nistAi600: string[];
  /** MITRE ATLAS mitigations, e.g. "AML.M0015". */
  atlas: string[];
};

export type Control = {
  id: string; // LSO-<FAMILY>-<NN>, stable: findings and attestations refer to it
  title: string;
  family: FamilyId;
  description: string;
  rationale: string;
  remediation: string;
  severity: ControlSeverity;
  /** Relative importance inside its severity (1-3); see lib/posture/score.ts for the formula. */
  weight: number;
  evaluation: { type: "automated"; evaluator: string } | { type: "manual"; evidenceHint: string; validDays: number };
  mappings: ControlMappings;
};

export type EvaluationResult = { status: ControlStatus; evidence: string };

// ── Evidence: what the database knows about one app, loaded in bulk per org ──

export type CredentialEvidence = {
  id: string;
  name: string;
  kind: "OAUTH_CONNECTION" | "CLOUD_ACCOUNT" | "LLM_PROVIDER" | "SERVICE_ACCOUNT";
  provider: string;
  status: "PENDING" | "CONNECTED" | "ERROR" | "DISCONNECTED";
  /** Ids of every app that uses this credential (model usages), this one included. */
  usedByAppIds: string[];
  /** Owner recorded in the integration's config (service accounts), "" when none. */
  owner: string;
  /** Scopes recorded in the integration's config, [] when none. */
  scopes: string[];
  secrets: { purpose: string; last4: string; rotationDays: number; lastRotatedAt: Date; expiresAt: Date | null }[];
};

export type DatasetEvidence = {
  id: string;
  name: string;
  classification: "PUBLIC" | "INTERNAL" | "CONFIDENTIAL" | "RESTRICTED";
  owner: string;
  categories: string[];
  retentionDays: number | null;
  /** The data source's integration kind, null when the source has no integration (or the dataset no source). */
  sourceIntegrationKind: CredentialEvidence["kind"] | null;
  sourceName: string | null;
  /** The source's integration id (one of `credentials`), to tell a federated cloud account from one holding a static key. */
  sourceIntegrationId?: string | null;
};

export type FindingTally = {
  /** Active (open, triaged, in progress) findings by source, detector and severity. */
  source: "DLP" | "SECRET_ROTATION" | "POSTURE" | "SAST" | "SCA" | "CORRELATION" | "MANUAL";
  detector: string;
  severity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFO";
  /** Correlation rule id or DLP entity/rule id; "*" when tallied across rules. */
  ruleId: string;
  count: number;
  overdue: number;
  /** Active code findings that are secrets (CWE-798 tag or secret-scanner tool); 0 for others. */
  secretLike: number;
};

export type AppEvidence = {
  now: Date;
  app: {
    id: string;
    name: string;
    description: string;
    ownerId: string | null;
    criticality: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
    lifecycle: "IDEA" | "DEVELOPMENT" | "PRODUCTION" | "RETIRED";
    exposure: "INTERNAL" | "PARTNER" | "PUBLIC";
    endUserAuth: "SSO" | "APP_LOGIN" | "API_KEY" | "NONE";
    deployment: "SERVERLESS" | "CONTAINER" | "VM" | "MANAGED_SERVICE";
    environments: string[];
  };
  modelUsages: { provider: string; modelId: string; credentialId: string | null; viaGateway: boolean }[];
  /** Credentials the app uses (model usage credentials and the integrations of its datasets' sources). */
  credentials: CredentialEvidence[];
  dataStores: { kind: "VECTOR" | "SQL" | "NOSQL" | "BLOB" | "CACHE" | "MEMORY"; name: string; datasetId: string | null }[];
  datasets: DatasetEvidence[];
  /** The DLP policy that applies: the app's own, else the org default, else null (built-in defaults, alert only). */
  dlpPolicy: { scope: "app" | "org"; detectors: string[]; action: "ALERT" | "REDACT" | "BLOCK" } | null;
  mappingRuleCount: number;
  /** LLM events attributed to the app in the last 30 days. */
  traffic: {
    events30d: number;
    /** Events whose prompt or completion was captured, hence scanned by DLP on ingestion. */
    scannedEvents30d: number;
    /** Events carrying token counts (metered usage). */
    meteredEvents30d: number;
    /** gen_ai.provider.name values seen in the last 7 days. */
    providersSeen7d: string[];
    lastEventAt: Date | null;
  };
  /** Cloud audit providers ("aws", "gcp", "azure", ...) with events in the last 7 days, org-wide. */
  cloudAuditProviders7d: string[];
  findings: FindingTally[];
  imports: { format: "sarif" | "cyclonedx"; lastAt: Date }[];
  /** Org-wide: enabled alert webhooks and the lowest severity they fire at. */
  alerting: { enabledWebhooks: number; minSeverity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFO" | null };
  /** Unexpired manual attestations for this app, by control id. */
  attestations: Record<string, { status: "PASS" | "FAIL" | "NOT_APPLICABLE"; evidence: string; expiresAt: Date; attestedBy: string }>;
};

export type Evaluator = (e: AppEvidence) => EvaluationResult;
