// Non-secret configuration of each provider and the shape of each secret value. Every field is bounded.
import { z } from "zod";
import type { ManualSecretPurpose } from "./providers";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost"]);

/** https anywhere; plain http only to the loopback host (local test servers). No credentials, no fragment. */
export function isAllowedEndpointUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.hash) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
}

export const ZEndpointUrl = z
  .string()
  .trim()
  .max(500)
  .refine(isAllowedEndpointUrl, "must be an https URL (http only for 127.0.0.1 or localhost), without credentials or fragment");

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

const ZScope = z.string().trim().min(1).max(200).regex(/^[\x21-\x7e]+$/, "a scope has no spaces");
const ZScopes = z.array(ZScope).max(50);

const RESERVED_AUTHORIZE_PARAMS = ["client_id", "redirect_uri", "response_type", "scope", "state", "code_challenge", "code_challenge_method", "nonce"];

const ZAuthorizeParams = z
  .record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "a lowercase parameter name"), z.string().trim().max(200))
  .refine((r) => Object.keys(r).length <= 10, "at most 10 parameters")
  .refine((r) => !Object.keys(r).some((k) => RESERVED_AUTHORIZE_PARAMS.includes(k)), `cannot override ${RESERVED_AUTHORIZE_PARAMS.join(", ")}`);

/** A generic OAuth 2.0 / OIDC client: discovery from `issuer`, or explicit authorize + token endpoints. */
export const ZOAuthConfig = z
  .object({
    issuer: ZEndpointUrl.optional(),
    authorizeUrl: ZEndpointUrl.optional(),
    tokenUrl: ZEndpointUrl.optional(),
    revocationUrl: ZEndpointUrl.optional(),
    clientId: text(300),
    scopes: ZScopes.default([]),
    /** Extra query parameters for the authorize request, e.g. Google's access_type=offline. */
    extraAuthorizeParams: ZAuthorizeParams.optional(),
  })
  .strict()
  .refine((c) => c.issuer || (c.authorizeUrl && c.tokenUrl), { message: "give an issuer (discovery) or both authorizeUrl and tokenUrl", path: ["issuer"] });

const AWS_ACCOUNT = /^\d{12}$/;
const AWS_ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;

export const ZAwsConfig = z
  .object({
    accountId: z.string().trim().regex(AWS_ACCOUNT, "an AWS account id is 12 digits"),
    roleArn: z.string().trim().max(600).regex(AWS_ROLE_ARN, "an IAM role ARN: arn:aws:iam::<account>:role/<name>"),
    externalId: z.string().trim().min(2).max(256).regex(/^[\w+=,.@:/-]+$/, "letters, digits and +=,.@:/-"),
  })
  .strict()
  .refine((c) => AWS_ROLE_ARN.exec(c.roleArn)?.[2] === c.accountId, { message: "the role must belong to the account", path: ["roleArn"] });

export const ZGcpConfig = z
  .object({
    projectId: z.string().trim().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, "a GCP project id: 6-30 lowercase letters, digits and dashes"),
    serviceAccountEmail: z.string().trim().max(254).pipe(z.email()).optional(),
  })
  .strict();

export const ZAzureConfig = z
  .object({ tenantId: z.uuid(), subscriptionId: z.uuid(), clientId: z.uuid() })
  .strict();

const ZRegion = z.string().trim().regex(/^[a-z]{2}(-[a-z0-9]+){1,3}$/, "a region such as us-east-1 or europe-west4");

export const ZOpenAiConfig = z.object({ baseUrl: ZEndpointUrl.optional(), organizationId: optionalText(100) }).strict();
export const ZAnthropicConfig = z.object({ baseUrl: ZEndpointUrl.optional() }).strict();
export const ZAzureOpenAiConfig = z
  .object({ baseUrl: ZEndpointUrl, apiVersion: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, "e.g. 2024-10-21").optional() })
  .strict();
export const ZBedrockConfig = z.object({ region: ZRegion, baseUrl: ZEndpointUrl.optional() }).strict();
export const ZVertexConfig = z
  .object({ projectId: ZGcpConfig.shape.projectId, region: ZRegion, baseUrl: ZEndpointUrl.optional() })
  .strict();

export const ZServiceAccountConfig = z
  .object({
    owner: text(254),
    scopes: ZScopes.default([]),
    /** Where the account is used: apps, pipelines, hosts. */
    usedBy: z.array(text(200)).max(50).default([]),
    description: z.string().trim().max(2000).optional(),
  })
  .strict();

const ZSecretText = z.string().trim().min(8, "too short for a secret").max(8192);

const ZServiceAccountKeyJson = z
  .string()
  .trim()
  .min(2)
  .max(20_000)
  .refine((v) => {
    try {
      const parsed: unknown = JSON.parse(v);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
    } catch {
      return false;
    }
  }, "paste the service account's JSON key file");

export const SECRET_VALUE_SCHEMAS: Record<ManualSecretPurpose, z.ZodType<string>> = {
  api_key: ZSecretText,
  client_secret: ZSecretText,
  service_account_key: ZServiceAccountKeyJson,
};
