// A fully compliant app's evidence, for tests (unit and integration): every automated control passes and every
// manual control carries a passing attestation. Override what a test is about; nested objects merge one level.
import { CONTROLS } from "./controls";
import type { AppEvidence, CredentialEvidence, DatasetEvidence } from "./types";

export const TEST_NOW = new Date("2026-11-27T12:00:00.000Z");
const DAY_MS = 86_400_000;
export const daysBefore = (days: number, now: Date = TEST_NOW) => new Date(now.getTime() - days * DAY_MS);

export const makeCredential = (o: Partial<CredentialEvidence> & Pick<CredentialEvidence, "id" | "name" | "kind" | "provider">): CredentialEvidence => ({
  status: "CONNECTED", usedByAppIds: ["app-1"], owner: "", scopes: [], secrets: [], ...o,
});

export const makeDataset = (o: Partial<DatasetEvidence> & Pick<DatasetEvidence, "id" | "name">): DatasetEvidence => ({
  classification: "INTERNAL", owner: "data-owner@example.com", categories: ["internal-docs"], retentionDays: 365,
  sourceIntegrationKind: null, sourceName: null, sourceIntegrationId: null, ...o,
});

export type EvidenceOverrides = Omit<Partial<AppEvidence>, "app" | "traffic" | "alerting"> & {
  app?: Partial<AppEvidence["app"]>;
  traffic?: Partial<AppEvidence["traffic"]>;
  alerting?: Partial<AppEvidence["alerting"]>;
};

export function makeEvidence(overrides: EvidenceOverrides = {}): AppEvidence {
  const now = overrides.now ?? TEST_NOW;
  const key = (last4: string, purpose = "api_key") => ({ purpose, last4, rotationDays: 90, lastRotatedAt: daysBefore(30, now), expiresAt: null });
  const base: AppEvidence = {
    now,
    app: {
      id: "app-1", name: "Support bot", description: "Answers customer questions from the help center", ownerId: "user-1",
      criticality: "HIGH", lifecycle: "PRODUCTION", exposure: "PUBLIC", endUserAuth: "SSO", deployment: "CONTAINER", environments: ["prod"],
    },
    modelUsages: [
      { provider: "openai", modelId: "gpt-4o-2024-08-06", credentialId: "cred-openai", viaGateway: true },
      { provider: "aws.bedrock", modelId: "anthropic.claude-3-5-sonnet-20241022-v2:0", credentialId: "cred-bedrock", viaGateway: true },
    ],
    credentials: [
      makeCredential({ id: "cred-openai", name: "OpenAI prod", kind: "LLM_PROVIDER", provider: "openai", secrets: [key("a1b2")] }),
      makeCredential({ id: "cred-bedrock", name: "Bedrock prod", kind: "LLM_PROVIDER", provider: "aws-bedrock", secrets: [key("c3d4")] }),
      makeCredential({ id: "cred-drive", name: "Support Drive", kind: "OAUTH_CONNECTION", provider: "google-drive", secrets: [key("g7h8", "access_token"), key("i9j0", "refresh_token")] }),
      makeCredential({ id: "cred-aws", name: "Tickets account", kind: "CLOUD_ACCOUNT", provider: "aws" }),
      makeCredential({ id: "cred-sa", name: "etl-bot", kind: "SERVICE_ACCOUNT", provider: "service-account", owner: "data-team@example.com", scopes: ["storage.objects.get"], secrets: [key("e5f6", "service_account_key")] }),
    ],
    dataStores: [{ kind: "VECTOR", name: "support-index", datasetId: "ds-articles" }],
    datasets: [
      makeDataset({ id: "ds-articles", name: "Help center articles", classification: "CONFIDENTIAL", categories: ["product-docs"], sourceIntegrationKind: "OAUTH_CONNECTION", sourceName: "Support Drive", sourceIntegrationId: "cred-drive" }),
      makeDataset({ id: "ds-tickets", name: "Customer tickets", classification: "RESTRICTED", categories: ["pii"], retentionDays: 180, sourceIntegrationKind: "CLOUD_ACCOUNT", sourceName: "Tickets bucket", sourceIntegrationId: "cred-aws" }),
    ],
    dlpPolicy: { scope: "app", detectors: ["pii", "secret", "injection", "safety", "custom"], action: "BLOCK" },
    mappingRuleCount: 2,
    traffic: { events30d: 1000, scannedEvents30d: 990, meteredEvents30d: 1000, providersSeen7d: ["openai", "aws.bedrock"], lastEventAt: new Date(now.getTime() - 3_600_000) },
    cloudAuditProviders7d: ["aws", "github"],
    findings: [{ source: "DLP", detector: "pii", severity: "LOW", ruleId: "*", count: 2, overdue: 0, secretLike: 0 }],
    imports: [{ format: "sarif", lastAt: daysBefore(5, now) }, { format: "cyclonedx", lastAt: daysBefore(5, now) }],
    alerting: { enabledWebhooks: 2, minSeverity: "HIGH" },
    attestations: Object.fromEntries(
      CONTROLS.filter((c) => c.evaluation.type === "manual").map((c) => [c.id, { status: "PASS" as const, evidence: "Reviewed with the app team", expiresAt: new Date(now.getTime() + 90 * DAY_MS), attestedBy: "Ada Admin" }]),
    ),
  };
  const { app, traffic, alerting, ...rest } = overrides;
  return { ...base, ...rest, app: { ...base.app, ...app }, traffic: { ...base.traffic, ...traffic }, alerting: { ...base.alerting, ...alerting } };
}
