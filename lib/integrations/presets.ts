// Known providers as plain configuration: the UI pre-fills the add form with these; nothing is hard-wired
// elsewhere, so an admin can still edit every URL and scope.
import type { LlmProvider, OAuthProvider } from "./providers";

export type OAuthPreset = {
  issuer?: string;
  authorizeUrl?: string;
  tokenUrl?: string;
  revocationUrl?: string;
  scopes: string[];
  extraAuthorizeParams?: Record<string, string>;
  docsUrl: string;
};

export const OAUTH_PRESETS: Record<OAuthProvider, OAuthPreset> = {
  "google-drive": {
    authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    tokenUrl: "https://oauth2.googleapis.com/token",
    revocationUrl: "https://oauth2.googleapis.com/revoke",
    scopes: ["https://www.googleapis.com/auth/drive.readonly"],
    // Google only returns a refresh token for offline access with explicit consent.
    extraAuthorizeParams: { access_type: "offline", prompt: "consent" },
    docsUrl: "https://developers.google.com/identity/protocols/oauth2/web-server",
  },
  slack: {
    authorizeUrl: "https://slack.com/oauth/v2/authorize",
    tokenUrl: "https://slack.com/api/oauth.v2.access",
    revocationUrl: "https://slack.com/api/auth.revoke",
    scopes: ["channels:history", "channels:read", "files:read", "users:read"],
    docsUrl: "https://api.slack.com/authentication/oauth-v2",
  },
  github: {
    authorizeUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
    scopes: ["repo", "read:org"],
    docsUrl: "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
  },
  confluence: {
    authorizeUrl: "https://auth.atlassian.com/authorize",
    tokenUrl: "https://auth.atlassian.com/oauth/token",
    scopes: ["read:confluence-content.all", "read:confluence-space.summary", "offline_access"],
    extraAuthorizeParams: { audience: "api.atlassian.com", prompt: "consent" },
    docsUrl: "https://developer.atlassian.com/cloud/confluence/oauth-2-3lo-apps/",
  },
  "microsoft-365": {
    authorizeUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    tokenUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
    scopes: ["offline_access", "User.Read", "Files.Read.All", "Sites.Read.All"],
    docsUrl: "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
  },
  "generic-oidc": {
    scopes: ["openid", "profile", "email", "offline_access"],
    docsUrl: "https://openid.net/specs/openid-connect-discovery-1_0.html",
  },
};

export type LlmPreset = { baseUrl?: string; baseUrlHint: string; keyHint: string; docsUrl: string };

export const LLM_PRESETS: Record<LlmProvider, LlmPreset> = {
  openai: {
    baseUrl: "https://api.openai.com/v1",
    baseUrlHint: "Leave empty for api.openai.com; set it for a gateway or proxy.",
    keyHint: "A project key (sk-proj-…) with the least permissions the apps need.",
    docsUrl: "https://platform.openai.com/docs/api-reference/authentication",
  },
  anthropic: {
    baseUrl: "https://api.anthropic.com",
    baseUrlHint: "Leave empty for api.anthropic.com; set it for a gateway or proxy.",
    keyHint: "A workspace key (sk-ant-…).",
    docsUrl: "https://docs.anthropic.com/en/api/getting-started",
  },
  "azure-openai": {
    baseUrlHint: "Your resource endpoint, e.g. https://my-resource.openai.azure.com",
    keyHint: "Key 1 or key 2 of the Azure OpenAI resource.",
    docsUrl: "https://learn.microsoft.com/en-us/azure/ai-services/openai/reference",
  },
  "aws-bedrock": {
    baseUrlHint: "Optional: a VPC endpoint; otherwise bedrock-runtime.<region>.amazonaws.com.",
    keyHint: "A Bedrock API key (bearer token) scoped to the models the apps use.",
    docsUrl: "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html",
  },
  "gcp-vertex": {
    baseUrlHint: "Optional: a Private Service Connect endpoint; otherwise <region>-aiplatform.googleapis.com.",
    keyHint: "A Vertex AI API key bound to a service account.",
    docsUrl: "https://cloud.google.com/vertex-ai/generative-ai/docs/start/api-keys",
  },
};
