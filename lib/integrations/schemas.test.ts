import { describe, expect, it } from "vitest";
import { isAllowedEndpointUrl } from "./config-schemas";
import { ZCreateIntegrationRequest, ZUpdateIntegrationRequest } from "./schemas";

const openai = { kind: "LLM_PROVIDER", provider: "openai", name: "OpenAI prod", config: {}, secrets: { api_key: "sk-test-0123456789" } };
const aws = {
  kind: "CLOUD_ACCOUNT", provider: "aws", name: "AWS prod",
  config: { accountId: "123456789012", roleArn: "arn:aws:iam::123456789012:role/reader", externalId: "ext-123" },
};

describe("integration request schemas", () => {
  it("accepts https anywhere and http only on loopback, never credentials or other schemes", () => {
    expect(isAllowedEndpointUrl("https://api.openai.com/v1")).toBe(true);
    expect(isAllowedEndpointUrl("http://127.0.0.1:4010/token")).toBe(true);
    expect(isAllowedEndpointUrl("http://localhost:3000")).toBe(true);
    expect(isAllowedEndpointUrl("http://example.com")).toBe(false);
    expect(isAllowedEndpointUrl("http://127.0.0.1.nip.io")).toBe(false);
    expect(isAllowedEndpointUrl("https://user:pw@example.com")).toBe(false);
    expect(isAllowedEndpointUrl("javascript:alert(1)")).toBe(false);
    expect(isAllowedEndpointUrl("ftp://example.com")).toBe(false);
  });

  it("picks the config schema from kind and provider", () => {
    expect(ZCreateIntegrationRequest.safeParse(openai).success).toBe(true);
    expect(ZCreateIntegrationRequest.safeParse(aws).success).toBe(true);
    expect(ZCreateIntegrationRequest.safeParse({ ...openai, provider: "aws" }).success).toBe(false);
    expect(ZCreateIntegrationRequest.safeParse({ ...openai, kind: "TELEPATHY" }).success).toBe(false);
    expect(ZCreateIntegrationRequest.safeParse({ ...openai, secrets: {} }).success).toBe(false);
    expect(ZCreateIntegrationRequest.safeParse({ ...openai, secrets: { api_key: "sk-test-0123456789", extra: "x" } }).success).toBe(false);
  });

  it("checks AWS account ids and that the role belongs to the account", () => {
    expect(ZCreateIntegrationRequest.safeParse({ ...aws, config: { ...aws.config, accountId: "12345" } }).success).toBe(false);
    expect(ZCreateIntegrationRequest.safeParse({ ...aws, config: { ...aws.config, roleArn: "arn:aws:iam::999999999999:role/reader" } }).success).toBe(false);
  });

  it("needs an OAuth issuer or both endpoints, and refuses reserved authorize parameters", () => {
    const oauth = { kind: "OAUTH_CONNECTION", provider: "generic-oidc", name: "IdP", config: { clientId: "abc" } };
    expect(ZCreateIntegrationRequest.safeParse(oauth).success).toBe(false);
    expect(ZCreateIntegrationRequest.safeParse({ ...oauth, config: { clientId: "abc", issuer: "https://idp.example.com" } }).success).toBe(true);
    expect(ZCreateIntegrationRequest.safeParse({ ...oauth, config: { clientId: "abc", authorizeUrl: "https://a.example.com/auth" } }).success).toBe(false);
    const withParams = (extraAuthorizeParams: Record<string, string>) => ({ ...oauth, config: { clientId: "abc", issuer: "https://idp.example.com", extraAuthorizeParams } });
    expect(ZCreateIntegrationRequest.safeParse(withParams({ prompt: "consent" })).success).toBe(true);
    expect(ZCreateIntegrationRequest.safeParse(withParams({ redirect_uri: "https://evil.example" })).success).toBe(false);
  });

  it("requires the GCP key to be a JSON object and Azure ids to be uuids", () => {
    const gcp = { kind: "CLOUD_ACCOUNT", provider: "gcp", name: "GCP", config: { projectId: "my-project-1" } };
    expect(ZCreateIntegrationRequest.safeParse({ ...gcp, secrets: { service_account_key: '{"type":"service_account"}' } }).success).toBe(true);
    expect(ZCreateIntegrationRequest.safeParse({ ...gcp, secrets: { service_account_key: "not json" } }).success).toBe(false);
    const azure = { kind: "CLOUD_ACCOUNT", provider: "azure", name: "Az", config: { tenantId: "x", subscriptionId: "y", clientId: "z" }, secrets: { client_secret: "s3cr3t-value" } };
    expect(ZCreateIntegrationRequest.safeParse(azure).success).toBe(false);
  });

  it("needs something to change on PATCH", () => {
    expect(ZUpdateIntegrationRequest.safeParse({}).success).toBe(false);
    expect(ZUpdateIntegrationRequest.safeParse({ name: "x" }).success).toBe(true);
  });
});
