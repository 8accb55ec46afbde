import { z } from "zod";
import { ZId, ZIsoDate, ZName } from "@/lib/api/common";
import {
  SECRET_VALUE_SCHEMAS, ZAnthropicConfig, ZAwsConfig, ZAzureConfig, ZAzureOpenAiConfig, ZBedrockConfig, ZGcpConfig,
  ZOAuthConfig, ZOpenAiConfig, ZServiceAccountConfig, ZVertexConfig,
} from "./config-schemas";
import { CONNECTION_STATUSES, INTEGRATION_KINDS, OAUTH_PROVIDERS, SECRET_PURPOSES, type IntegrationProvider } from "./providers";

export const ZIntegrationKind = z.enum(INTEGRATION_KINDS);
export const ZConnectionStatus = z.enum(CONNECTION_STATUSES);
export const ZSecretPurpose = z.enum(SECRET_PURPOSES);
export const ZRotationStatus = z.enum(["ok", "due", "overdue"]);
export type TRotationStatus = z.infer<typeof ZRotationStatus>;

const { api_key: apiKey, client_secret: clientSecret, service_account_key: serviceAccountKey } = SECRET_VALUE_SCHEMAS;

// One variant per provider (OAuth providers share one shape): kind and provider pick the config schema.
const llm = <P extends string, C extends z.ZodType>(provider: P, config: C) =>
  z.object({ kind: z.literal("LLM_PROVIDER"), provider: z.literal(provider), name: ZName, config, secrets: z.object({ api_key: apiKey }).strict() }).strict();

const ZCreateOAuth = z
  .object({
    kind: z.literal("OAUTH_CONNECTION"), provider: z.enum(OAUTH_PROVIDERS), name: ZName, config: ZOAuthConfig,
    secrets: z.object({ client_secret: clientSecret.optional() }).strict().default({}),
  })
  .strict();

const ZCreateCloud = z.discriminatedUnion("provider", [
  z.object({ kind: z.literal("CLOUD_ACCOUNT"), provider: z.literal("aws"), name: ZName, config: ZAwsConfig, secrets: z.object({}).strict().default({}) }).strict(),
  z.object({ kind: z.literal("CLOUD_ACCOUNT"), provider: z.literal("gcp"), name: ZName, config: ZGcpConfig, secrets: z.object({ service_account_key: serviceAccountKey }).strict() }).strict(),
  z.object({ kind: z.literal("CLOUD_ACCOUNT"), provider: z.literal("azure"), name: ZName, config: ZAzureConfig, secrets: z.object({ client_secret: clientSecret }).strict() }).strict(),
]);

const ZCreateLlm = z.discriminatedUnion("provider", [
  llm("openai", ZOpenAiConfig),
  llm("anthropic", ZAnthropicConfig),
  llm("azure-openai", ZAzureOpenAiConfig),
  llm("aws-bedrock", ZBedrockConfig),
  llm("gcp-vertex", ZVertexConfig),
]);

const ZCreateServiceAccount = z
  .object({
    kind: z.literal("SERVICE_ACCOUNT"), provider: z.literal("service-account"), name: ZName, config: ZServiceAccountConfig,
    secrets: z.object({ api_key: apiKey.optional() }).strict().default({}),
  })
  .strict();

export const ZCreateIntegrationRequest = z.discriminatedUnion("kind", [ZCreateOAuth, ZCreateCloud, ZCreateLlm, ZCreateServiceAccount]);
export type TCreateIntegrationRequest = z.infer<typeof ZCreateIntegrationRequest>;
export type TCreateIntegrationInput = z.input<typeof ZCreateIntegrationRequest>;

/** The config schema of a provider, to re-validate a config sent on its own (PATCH). */
export const CONFIG_SCHEMAS: Record<IntegrationProvider, z.ZodType<Record<string, unknown>>> = {
  "google-drive": ZOAuthConfig, slack: ZOAuthConfig, github: ZOAuthConfig, confluence: ZOAuthConfig, "microsoft-365": ZOAuthConfig, "generic-oidc": ZOAuthConfig,
  aws: ZAwsConfig, gcp: ZGcpConfig, azure: ZAzureConfig,
  openai: ZOpenAiConfig, anthropic: ZAnthropicConfig, "azure-openai": ZAzureOpenAiConfig, "aws-bedrock": ZBedrockConfig, "gcp-vertex": ZVertexConfig,
  "service-account": ZServiceAccountConfig,
};

export const ZUpdateIntegrationRequest = z
  .object({
    name: ZName.optional(),
    /** Replaces the whole config; checked against the integration's provider. */
    config: z.record(z.string().max(60), z.unknown()).optional(),
  })
  .strict()
  .refine((b) => b.name !== undefined || b.config !== undefined, "send a name or a config");
export type TUpdateIntegrationRequest = z.infer<typeof ZUpdateIntegrationRequest>;

export const ZIntegrationSecret = z
  .object({
    id: ZId,
    /** api_key, client_secret, service_account_key, access_token, refresh_token (see ZSecretPurpose). */
    purpose: z.string(),
    last4: z.string(),
    fingerprint: z.string(),
    rotationDays: z.number().int(),
    lastRotatedAt: ZIsoDate,
    nextDueAt: ZIsoDate,
    rotationStatus: ZRotationStatus,
    expiresAt: ZIsoDate.nullable(),
    /** False for OAuth tokens: the connection renews those, people do not. */
    rotatable: z.boolean(),
  })
  .strict();
export type TIntegrationSecret = z.infer<typeof ZIntegrationSecret>;

export const ZIntegration = z
  .object({
    id: ZId,
    kind: ZIntegrationKind,
    provider: z.string(),
    name: z.string(),
    config: z.record(z.string(), z.unknown()),
    status: ZConnectionStatus,
    lastCheckedAt: ZIsoDate.nullable(),
    lastError: z.string().nullable(),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
    secrets: z.array(ZIntegrationSecret),
  })
  .strict();
export type TIntegration = z.infer<typeof ZIntegration>;

export const ZListIntegrationsQuery = z
  .object({ kind: ZIntegrationKind.optional(), q: z.string().trim().max(120).optional() })
  .strict();
export type TListIntegrationsQuery = z.infer<typeof ZListIntegrationsQuery>;

export const ZListIntegrationsResponse = z.object({ integrations: z.array(ZIntegration) }).strict();
export const ZIntegrationResponse = z.object({ integration: ZIntegration }).strict();

export const ZSecretParams = z.object({ id: ZId, secretId: ZId }).strict();
export const ZRotateSecretRequest = z.object({ value: z.string().max(20_000) }).strict();
export const ZUpdateSecretPolicyRequest = z.object({ rotationDays: z.number().int().min(1).max(3650) }).strict();
export const ZSecretResponse = z.object({ secret: ZIntegrationSecret }).strict();

export const ZRotationEntry = ZIntegrationSecret.extend({
  integrationId: ZId,
  integrationName: z.string(),
  integrationKind: ZIntegrationKind,
  provider: z.string(),
}).strict();
export type TRotationEntry = z.infer<typeof ZRotationEntry>;
export const ZRotationResponse = z.object({ secrets: z.array(ZRotationEntry) }).strict();
