// The add/edit form, described as data: which inputs each provider needs and how their text becomes
// the API's config. The server validates everything again; this only shapes the request.
import { LLM_PRESETS, OAUTH_PRESETS } from "./presets";
import {
  LLM_PROVIDERS, OAUTH_PROVIDERS, REQUIRED_SECRETS, type IntegrationProvider, type LlmProvider, type ManualSecretPurpose,
  type OAuthProvider,
} from "./providers";

export type FieldType = "text" | "url" | "words" | "lines" | "params";
export type ConfigField = { key: string; label: string; type: FieldType; required?: boolean; hint?: string; placeholder?: string };
export type SecretField = { purpose: ManualSecretPurpose; label: string; required: boolean; hint?: string };

const url = (key: string, label: string, extra: Partial<ConfigField> = {}): ConfigField => ({ key, label, type: "url", ...extra });

const OAUTH_FIELDS: ConfigField[] = [
  url("issuer", "Issuer (OIDC discovery)", { hint: "Either an issuer, or the authorize and token URLs below." }),
  url("authorizeUrl", "Authorize URL"),
  url("tokenUrl", "Token URL"),
  url("revocationUrl", "Revocation URL (optional)"),
  { key: "clientId", label: "Client ID", type: "text", required: true },
  { key: "scopes", label: "Scopes", type: "words", hint: "Separated by spaces or commas." },
  { key: "extraAuthorizeParams", label: "Extra authorize parameters", type: "params", hint: "One name=value per line, e.g. access_type=offline." },
];

const CONFIG_FIELDS: Record<Exclude<IntegrationProvider, OAuthProvider>, ConfigField[]> = {
  aws: [
    { key: "accountId", label: "AWS account ID", type: "text", required: true, placeholder: "123456789012" },
    { key: "roleArn", label: "Role ARN", type: "text", required: true, placeholder: "arn:aws:iam::123456789012:role/llmsecops-readonly" },
    { key: "externalId", label: "External ID", type: "text", required: true, hint: "Required by the role's trust policy (confused-deputy protection)." },
  ],
  gcp: [
    { key: "projectId", label: "Project ID", type: "text", required: true, placeholder: "my-project-123" },
    { key: "serviceAccountEmail", label: "Service account email (optional)", type: "text" },
  ],
  azure: [
    { key: "tenantId", label: "Tenant ID", type: "text", required: true },
    { key: "subscriptionId", label: "Subscription ID", type: "text", required: true },
    { key: "clientId", label: "App registration client ID", type: "text", required: true },
  ],
  openai: [url("baseUrl", "Base URL (optional)"), { key: "organizationId", label: "Organization ID (optional)", type: "text" }],
  anthropic: [url("baseUrl", "Base URL (optional)")],
  "azure-openai": [url("baseUrl", "Endpoint", { required: true }), { key: "apiVersion", label: "API version (optional)", type: "text", placeholder: "2024-10-21" }],
  "aws-bedrock": [{ key: "region", label: "Region", type: "text", required: true, placeholder: "us-east-1" }, url("baseUrl", "Base URL (optional)")],
  "gcp-vertex": [
    { key: "projectId", label: "Project ID", type: "text", required: true },
    { key: "region", label: "Region", type: "text", required: true, placeholder: "europe-west4" },
    url("baseUrl", "Base URL (optional)"),
  ],
  "service-account": [
    { key: "owner", label: "Owner", type: "text", required: true, hint: "The person or team accountable for it." },
    { key: "scopes", label: "Scopes / permissions", type: "words" },
    { key: "usedBy", label: "Where used", type: "lines", hint: "Apps, pipelines or hosts, one per line." },
    { key: "description", label: "Description (optional)", type: "text" },
  ],
};

const isOAuth = (p: IntegrationProvider): p is OAuthProvider => (OAUTH_PROVIDERS as readonly string[]).includes(p);
const isLlm = (p: IntegrationProvider): p is LlmProvider => (LLM_PROVIDERS as readonly string[]).includes(p);

export function configFieldsFor(provider: IntegrationProvider): ConfigField[] {
  if (isOAuth(provider)) return OAUTH_FIELDS;
  const fields = CONFIG_FIELDS[provider];
  if (!isLlm(provider)) return fields;
  const preset = LLM_PRESETS[provider];
  return fields.map((f) => (f.key === "baseUrl" ? { ...f, hint: preset.baseUrlHint, placeholder: preset.baseUrl } : f));
}

export function secretFieldsFor(provider: IntegrationProvider): SecretField[] {
  const required = REQUIRED_SECRETS[provider];
  if (isOAuth(provider)) return [{ purpose: "client_secret", label: "Client secret", required: false, hint: "Leave empty for a public client (PKCE only)." }];
  if (isLlm(provider)) return [{ purpose: "api_key", label: "API key", required: true, hint: LLM_PRESETS[provider].keyHint }];
  if (provider === "service-account") return [{ purpose: "api_key", label: "Token or key (optional)", required: false }];
  return required.map((purpose) => ({
    purpose, required: true,
    label: purpose === "service_account_key" ? "Service-account key (JSON)" : "Client secret",
    hint: purpose === "service_account_key" ? "Paste the whole JSON key file." : undefined,
  }));
}

/** Form defaults: an existing config for editing, else the provider's preset. */
export function defaultValues(provider: IntegrationProvider, config?: Record<string, unknown>): Record<string, string> {
  const source: Record<string, unknown> = config ?? (isOAuth(provider) ? { ...OAUTH_PRESETS[provider] } : {});
  const out: Record<string, string> = {};
  for (const f of configFieldsFor(provider)) out[f.key] = toText(f.type, source[f.key]);
  return out;
}

function toText(type: FieldType, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(String).join(type === "lines" ? "\n" : " ");
  if (typeof value === "object") return Object.entries(value).map(([k, v]) => `${k}=${String(v)}`).join("\n");
  return String(value);
}

/** Reads the config out of the form's text values; empty optional inputs are left out. */
export function buildConfig(provider: IntegrationProvider, values: Record<string, string>): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const f of configFieldsFor(provider)) {
    const raw = (values[f.key] ?? "").trim();
    if (f.type === "words") config[f.key] = raw ? raw.split(/[\s,]+/).filter(Boolean) : [];
    else if (f.type === "lines") config[f.key] = raw ? raw.split(/[\n,]+/).map((s) => s.trim()).filter(Boolean) : [];
    else if (f.type === "params") {
      if (raw) config[f.key] = Object.fromEntries(raw.split("\n").map((l) => l.trim()).filter(Boolean).map(splitParam));
    } else if (raw) config[f.key] = raw;
  }
  return config;
}

function splitParam(line: string): [string, string] {
  const at = line.indexOf("=");
  return at < 0 ? [line, ""] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}
