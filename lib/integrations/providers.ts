// What kinds of integrations exist, which providers each kind offers, and which secrets they hold.
// Plain data shared by the API schemas, the use cases and the UI.

export const INTEGRATION_KINDS = ["OAUTH_CONNECTION", "CLOUD_ACCOUNT", "LLM_PROVIDER", "SERVICE_ACCOUNT"] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

export const CONNECTION_STATUSES = ["PENDING", "CONNECTED", "ERROR", "DISCONNECTED"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export const OAUTH_PROVIDERS = ["google-drive", "slack", "github", "confluence", "microsoft-365", "generic-oidc"] as const;
export const CLOUD_PROVIDERS = ["aws", "gcp", "azure"] as const;
export const LLM_PROVIDERS = ["openai", "anthropic", "azure-openai", "aws-bedrock", "gcp-vertex"] as const;
export const SERVICE_ACCOUNT_PROVIDERS = ["service-account"] as const;

export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];
export type LlmProvider = (typeof LLM_PROVIDERS)[number];
export type IntegrationProvider = OAuthProvider | CloudProvider | LlmProvider | (typeof SERVICE_ACCOUNT_PROVIDERS)[number];

export const PROVIDERS_BY_KIND: Record<IntegrationKind, readonly IntegrationProvider[]> = {
  OAUTH_CONNECTION: OAUTH_PROVIDERS,
  CLOUD_ACCOUNT: CLOUD_PROVIDERS,
  LLM_PROVIDER: LLM_PROVIDERS,
  SERVICE_ACCOUNT: SERVICE_ACCOUNT_PROVIDERS,
};

export const KIND_LABELS: Record<IntegrationKind, string> = {
  OAUTH_CONNECTION: "OAuth connection",
  CLOUD_ACCOUNT: "Cloud account",
  LLM_PROVIDER: "LLM provider",
  SERVICE_ACCOUNT: "Service account",
};

export const PROVIDER_LABELS: Record<IntegrationProvider, string> = {
  "google-drive": "Google Drive",
  slack: "Slack",
  github: "GitHub",
  confluence: "Confluence",
  "microsoft-365": "Microsoft 365",
  "generic-oidc": "Generic OAuth 2.0 / OIDC",
  aws: "AWS",
  gcp: "Google Cloud",
  azure: "Microsoft Azure",
  openai: "OpenAI",
  anthropic: "Anthropic",
  "azure-openai": "Azure OpenAI",
  "aws-bedrock": "AWS Bedrock",
  "gcp-vertex": "Google Vertex AI",
  "service-account": "Service account",
};

/** OpenTelemetry `gen_ai.provider.name` of each LLM provider (what apps record in ModelUsage.provider). */
export const LLM_OTEL_PROVIDER: Record<LlmProvider, string> = {
  openai: "openai",
  anthropic: "anthropic",
  "azure-openai": "azure.ai.openai",
  "aws-bedrock": "aws.bedrock",
  "gcp-vertex": "gcp.vertex_ai",
};

export const SECRET_PURPOSES = ["api_key", "client_secret", "service_account_key", "access_token", "refresh_token"] as const;
export type SecretPurpose = (typeof SECRET_PURPOSES)[number];

/** Secrets a person records (and rotates) by hand; OAuth tokens are renewed by the connection itself. */
export const MANUAL_SECRET_PURPOSES = ["api_key", "client_secret", "service_account_key"] as const satisfies readonly SecretPurpose[];
export type ManualSecretPurpose = (typeof MANUAL_SECRET_PURPOSES)[number];

export const SECRET_PURPOSE_LABELS: Record<SecretPurpose, string> = {
  api_key: "API key",
  client_secret: "Client secret",
  service_account_key: "Service-account key (JSON)",
  access_token: "OAuth access token",
  refresh_token: "OAuth refresh token",
};

/** Without these the integration cannot work; with all of them a non-OAuth integration counts as configured. */
export const REQUIRED_SECRETS: Record<IntegrationProvider, readonly ManualSecretPurpose[]> = {
  "google-drive": [], slack: [], github: [], confluence: [], "microsoft-365": [], "generic-oidc": [],
  aws: [],
  gcp: ["service_account_key"],
  azure: ["client_secret"],
  openai: ["api_key"], anthropic: ["api_key"], "azure-openai": ["api_key"], "aws-bedrock": ["api_key"], "gcp-vertex": ["api_key"],
  "service-account": [],
};

export const isManualPurpose = (purpose: string): purpose is ManualSecretPurpose =>
  (MANUAL_SECRET_PURPOSES as readonly string[]).includes(purpose);

export const isSecretPurpose = (purpose: string): purpose is SecretPurpose => (SECRET_PURPOSES as readonly string[]).includes(purpose);

export const kindOfProvider = (provider: string): IntegrationKind | null =>
  INTEGRATION_KINDS.find((k) => (PROVIDERS_BY_KIND[k] as readonly string[]).includes(provider)) ?? null;
