// Demo integrations for the seed: LLM provider keys (some overdue for rotation), cloud accounts, two OAuth
// connection definitions that are not connected, and a service account. Secret values are random fakes.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LLM_OTEL_PROVIDER, type IntegrationKind, type IntegrationProvider, type LlmProvider, type SecretPurpose } from "@/lib/integrations/providers";
import { OAUTH_PRESETS } from "@/lib/integrations/presets";
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { db, type DbTx } from "@/lib/server/db";

const DAY = 86_400_000;
const fake = (prefix: string, bytes = 24) => `${prefix}${randomBytes(bytes).toString("base64url")}`;

type DemoIntegration = {
  kind: IntegrationKind;
  provider: IntegrationProvider;
  name: string;
  config: Prisma.InputJsonObject;
  status?: "PENDING" | "CONNECTED" | "ERROR" | "DISCONNECTED";
  lastError?: string;
  secrets?: { purpose: SecretPurpose; value: string; rotatedDaysAgo: number; rotationDays?: number }[];
};

function fakeServiceAccountKey(projectId: string) {
  return JSON.stringify({
    type: "service_account", project_id: projectId, private_key_id: randomBytes(20).toString("hex"),
    private_key: `-----BEGIN PRIVATE KEY-----\nDEMO${randomBytes(48).toString("base64")}\n-----END PRIVATE KEY-----\n`,
    client_email: `rag-indexer@${projectId}.iam.gserviceaccount.com`, client_id: randomBytes(10).toString("hex"),
  });
}

function demoIntegrations(): DemoIntegration[] {
  const oauth = (provider: "slack" | "google-drive") => {
    const { docsUrl: _docs, ...preset } = OAUTH_PRESETS[provider];
    return { ...preset, clientId: `demo-${provider}-${randomBytes(6).toString("hex")}` };
  };
  return [
    { kind: "LLM_PROVIDER", provider: "openai", name: "OpenAI production", config: { pull: { scheduled: false } }, secrets: [{ purpose: "api_key", value: fake("sk-demo-"), rotatedDaysAgo: 134 }] },
    { kind: "LLM_PROVIDER", provider: "anthropic", name: "Anthropic support bot", config: { pull: { scheduled: false } }, secrets: [{ purpose: "api_key", value: fake("sk-ant-demo-"), rotatedDaysAgo: 21 }] },
    {
      kind: "LLM_PROVIDER", provider: "azure-openai", name: "Azure OpenAI (EU)",
      config: { baseUrl: "https://demo-eu.openai.azure.com", apiVersion: "2024-10-21" },
      secrets: [{ purpose: "api_key", value: randomBytes(16).toString("hex"), rotatedDaysAgo: 81 }],
    },
    {
      kind: "LLM_PROVIDER", provider: "aws-bedrock", name: "Bedrock us-east-1", config: { region: "us-east-1" },
      secrets: [{ purpose: "api_key", value: fake("ABSKdemo"), rotatedDaysAgo: 152 }],
    },
    {
      kind: "LLM_PROVIDER", provider: "gcp-vertex", name: "Vertex AI europe-west4", config: { projectId: "demo-ml-platform", region: "europe-west4" },
      secrets: [{ purpose: "api_key", value: fake("AIzaDemo", 26), rotatedDaysAgo: 9 }],
    },
    {
      kind: "CLOUD_ACCOUNT", provider: "aws", name: "AWS production",
      config: { accountId: "123456789012", roleArn: "arn:aws:iam::123456789012:role/llmsecops-readonly", externalId: `demo-${randomBytes(8).toString("hex")}` },
    },
    {
      kind: "CLOUD_ACCOUNT", provider: "gcp", name: "GCP demo-ml-platform",
      config: { projectId: "demo-ml-platform", serviceAccountEmail: "rag-indexer@demo-ml-platform.iam.gserviceaccount.com" },
      secrets: [{ purpose: "service_account_key", value: fakeServiceAccountKey("demo-ml-platform"), rotatedDaysAgo: 200, rotationDays: 180 }],
    },
    {
      kind: "OAUTH_CONNECTION", provider: "slack", name: "Slack (Demo Corp workspace)", config: oauth("slack"), status: "PENDING",
      secrets: [{ purpose: "client_secret", value: randomBytes(16).toString("hex"), rotatedDaysAgo: 30, rotationDays: 365 }],
    },
    {
      kind: "OAUTH_CONNECTION", provider: "google-drive", name: "Google Drive (shared drives)", config: oauth("google-drive"), status: "DISCONNECTED",
      lastError: "The refresh token was revoked; reconnect to resume syncing.",
      secrets: [{ purpose: "client_secret", value: fake("GOCSPX-demo-"), rotatedDaysAgo: 95 }],
    },
    {
      kind: "SERVICE_ACCOUNT", provider: "service-account", name: "svc-rag-indexer",
      config: { owner: "platform-team@demo.local", scopes: ["drive.readonly", "vectorstore:write"], usedBy: ["Support assistant RAG index", "nightly ingestion job"] },
    },
  ];
}

/**
 * Creates the demo integrations in `orgId`. The organization must already be committed: its data key is
 * created through the global client (lib/server/crypto.ts), which cannot see rows of an open transaction.
 * credentialIdByProvider is keyed by OpenTelemetry gen_ai.provider.name (openai, anthropic, azure.ai.openai,
 * aws.bedrock, gcp.vertex_ai), for ModelUsage.credentialId.
 */
export async function seedDemoIntegrations(tx: DbTx, orgId: string): Promise<{ credentialIdByProvider: Record<string, string>; integrationIdByName: Record<string, string> }> {
  if (!(await db.organization.findUnique({ where: { id: orgId }, select: { id: true } }))) {
    throw new Error("seedDemoIntegrations: commit the organization first (its encryption data key is created outside this transaction)");
  }
  const credentialIdByProvider: Record<string, string> = {};
  const integrationIdByName: Record<string, string> = {};
  for (const d of demoIntegrations()) {
    const configured = d.kind !== "OAUTH_CONNECTION";
    const { id } = await tx.integration.create({
      data: {
        orgId, kind: d.kind, provider: d.provider, name: d.name, config: d.config,
        status: d.status ?? (configured ? "CONNECTED" : "PENDING"), lastError: d.lastError ?? null,
        lastCheckedAt: configured || d.lastError ? new Date(Date.now() - 2 * 3_600_000) : null,
      },
      select: { id: true },
    });
    for (const s of d.secrets ?? []) {
      const stored = await storeIntegrationSecret(tx, { orgId, integrationId: id, purpose: s.purpose, value: s.value, rotationDays: s.rotationDays });
      await tx.integrationSecret.update({ where: { id: stored.id, orgId }, data: { lastRotatedAt: new Date(Date.now() - s.rotatedDaysAgo * DAY) } });
    }
    await tx.auditEvent.create({
      data: {
        orgId, actorType: "SYSTEM", actorLabel: "seed", action: "integration.created", resourceType: "integration", resourceId: id,
        summary: { name: d.name, kind: d.kind, provider: d.provider, secrets: (d.secrets ?? []).map((s) => ({ purpose: s.purpose })) },
      },
    });
    integrationIdByName[d.name] = id;
    if (d.kind === "LLM_PROVIDER") credentialIdByProvider[LLM_OTEL_PROVIDER[d.provider as LlmProvider]] = id;
  }
  return { credentialIdByProvider, integrationIdByName };
}
