// How the route matrix calls each route: which org-A id fills each path parameter, and a minimal valid request
// for every mutating route (keyed "METHOD path"). Bodies point at org A's ids wherever the schema takes one.
import { randomBytes } from "node:crypto";
import type { World } from "./org-a-world";
import { DLP_POLICY, openAiLogLine, sarifLog } from "./org-a-world";

/** "not-found": the org-A id must answer 404. "reached": past authentication and scope (any answer but 401,
 * the scope's 403 or a 5xx); the canary and row checks still apply. */
export type Expectation = "not-found" | "reached";
export type RouteFixture = {
  query?: (w: World) => string;
  body?: (w: World) => unknown;
  raw?: { contentType: string; body: (w: World) => string };
  expect?: Expectation;
  /** Refused to API keys whatever the id (403, not the scope's message): a person's own state. */
  userOnly?: true;
};

/** Routes outside defineRoute that answer anyone by design. next-auth's handler needs Next's request scope
 * (cookies()), so it runs only under the real server: e2e/security/sessions.spec.ts covers it. */
export const PUBLIC_ROUTES: Record<string, { params?: Record<string, string[]>; path: string; why: string; inProcess?: false }> = {
  "GET /api/health": { path: "/api/health", why: "liveness for load balancers: statuses only" },
  "GET /api/v1/openapi.json": { path: "/api/v1/openapi.json", why: "the API description" },
  "GET /api/auth/{...nextauth}": { path: "/api/auth/providers", params: { nextauth: ["providers"] }, why: "next-auth sign-in endpoints", inProcess: false },
  "POST /api/auth/{...nextauth}": { path: "/api/auth/signout", params: { nextauth: ["signout"] }, why: "next-auth sign-in endpoints (CSRF-token protected)", inProcess: false },
};

const ID_OF: Record<string, string> = {
  "/api/v1/members/{id}": "member",
  "/api/v1/api-keys/{id}": "apiKey",
  "/api/v1/audit-events/{id}": "auditEvent",
  "/api/v1/audit-exports/{id}": "export",
  "/api/v1/apps/{id}": "app",
  "/api/v1/integrations/{id}": "integration",
  "/api/v1/data-sources/{id}": "dataSource",
  "/api/v1/datasets/{id}": "dataset",
  "/api/v1/dlp/policies/apps/{id}": "app",
  "/api/v1/dlp/rules/{id}": "rule",
  "/api/v1/dlp/scans/{id}": "scan",
  "/api/v1/events/cloud/{id}": "cloudEvent",
  "/api/v1/events/llm/{id}": "llmEvent",
  "/api/v1/findings/{id}": "finding",
  "/api/v1/findings/views/{id}": "view",
  "/api/v1/ingest/files/{id}": "ingestFile",
  "/api/v1/ingest/mapping-rules/{id}": "mappingRule",
  "/api/v1/model-prices/{id}": "price",
  "/api/v1/alerts/webhooks/{id}": "webhook",
  "/api/v1/posture/apps/{id}": "app",
  "/api/v1/posture/attestations/{id}": "attestation",
  "/api/v1/connectors/{id}": "integration",
  "/api/v1/gateway/keys/{id}": "gatewayKey",
  "/api/v1/gateway/apps/{id}": "app",
};
const NAMED_ID_OF: Record<string, string> = { storeId: "store", usageId: "usage", secretId: "secret", linkId: "link" };
/** Path parameters that are not ids of anything an org owns. */
const NOT_IDS: Record<string, string> = { source: "openai" };

/** The path parameters for a route, every id one of org A's; throws "route X has no fixture" when one is unknown. */
export function paramsFor(key: string, path: string, w: World): { params: Record<string, string>; takesOrgId: boolean } {
  const params: Record<string, string> = {};
  let takesOrgId = false;
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    if (name! in NOT_IDS) {
      params[name!] = NOT_IDS[name!]!;
      continue;
    }
    const kind = name === "id" ? ID_OF[path.slice(0, path.indexOf("{id}") + 4)] : NAMED_ID_OF[name!];
    const id = kind ? w[kind] : undefined;
    if (!id) throw new Error(`route ${key} has no fixture for {${name}}`);
    params[name!] = id;
    takesOrgId = true;
  }
  return { params, takesOrgId };
}

const probe = () => `probe-${randomBytes(4).toString("hex")}`;

/** Collection routes whose body or query names an org-A id expect the same 404 as an id in the path. */
export const ROUTE_FIXTURES: Record<string, RouteFixture> = {
  "POST /api/v1/me/active-org": { body: (w) => ({ orgId: w.org }), expect: "not-found", userOnly: true },
  "POST /api/v1/me/password": { body: () => ({ currentPassword: "not the password 1", newPassword: "a brand new passphrase 42" }) },
  "POST /api/v1/members": { body: () => ({ email: `${probe()}@example.test`, role: "ANALYST" }) },
  "DELETE /api/v1/members/{id}": {},
  "PATCH /api/v1/members/{id}": { body: () => ({ role: "ADMIN" }) },
  "POST /api/v1/api-keys": { body: () => ({ name: probe(), scopes: ["apps:read"] }) },
  "DELETE /api/v1/api-keys/{id}": {},
  "POST /api/v1/audit-exports": { body: () => ({}) },
  "POST /api/v1/apps/{id}/data-stores": { body: (w) => ({ kind: "SQL", name: probe(), datasetId: w.dataset }) },
  "POST /api/v1/apps/{id}/model-usages": { body: (w) => ({ provider: "openai", modelId: probe(), credentialId: w.integration }) },
  "POST /api/v1/apps": { body: (w) => ({ name: probe(), ownerId: w.adminUser }), expect: "not-found" },
  "DELETE /api/v1/apps/{id}": {},
  "DELETE /api/v1/apps/{id}/data-stores/{storeId}": {},
  "DELETE /api/v1/apps/{id}/model-usages/{usageId}": {},
  "PATCH /api/v1/apps/{id}": { body: () => ({ description: probe() }) },
  "POST /api/v1/integrations": { body: () => ({ kind: "LLM_PROVIDER", provider: "openai", name: probe(), config: {}, secrets: { api_key: "sk-probe-0123456789abcdef" } }) },
  "DELETE /api/v1/integrations/{id}": {},
  "POST /api/v1/integrations/{id}/secrets/{secretId}/rotate": { body: () => ({ value: "sk-probe-rotated-0123456789" }) },
  "PATCH /api/v1/integrations/{id}": { body: () => ({ name: probe() }) },
  "PATCH /api/v1/integrations/{id}/secrets/{secretId}": { body: () => ({ rotationDays: 30 }) },
  "POST /api/v1/integrations/{id}/oauth/disconnect": {},
  "POST /api/v1/integrations/{id}/oauth/authorize": {},
  "POST /api/v1/data-sources": { body: (w) => ({ name: probe(), kind: "custom", integrationId: w.integration }), expect: "not-found" },
  "POST /api/v1/datasets": { body: (w) => ({ name: probe(), classification: "PUBLIC", sourceId: w.dataSource }), expect: "not-found" },
  "POST /api/v1/datasets/{id}/links": { body: (w) => ({ appId: w.app, access: "TOOL" }) },
  "DELETE /api/v1/data-sources/{id}": {},
  "DELETE /api/v1/datasets/{id}": {},
  "DELETE /api/v1/datasets/{id}/links/{linkId}": {},
  "PATCH /api/v1/data-sources/{id}": { body: () => ({ description: probe() }) },
  "PATCH /api/v1/datasets/{id}": { body: () => ({ owner: probe() }) },
  "POST /api/v1/datasets/{id}/samples": { body: () => ({ samples: [{ label: probe(), content: "nothing here" }] }) },
  "POST /api/v1/datasets/{id}/dlp-scans": {},
  "POST /api/v1/dlp/rules": { body: () => ({ ruleId: probe(), name: probe(), pattern: "probe[0-9]+" }) },
  "DELETE /api/v1/dlp/policies/apps/{id}": {},
  "DELETE /api/v1/dlp/rules/{id}": {},
  "POST /api/v1/dlp/redact": { body: (w) => ({ text: "call me at jane.roe@example.org", appId: w.app }), expect: "not-found" },
  "PUT /api/v1/dlp/policies/apps/{id}": { body: () => DLP_POLICY },
  "PUT /api/v1/dlp/policies/default": { body: () => DLP_POLICY },
  "POST /api/v1/dlp/scan": { body: (w) => ({ text: "call me at jane.roe@example.org", appId: w.app }), expect: "not-found" },
  "POST /api/v1/dlp/rule-tests": { body: () => ({ pattern: "a+b", text: "aaab" }) },
  "PATCH /api/v1/dlp/rules/{id}": { body: () => ({ name: probe() }) },
  "POST /api/v1/ingest/mapping-rules": { body: (w) => ({ appId: w.app, field: "principal", value: probe() }), expect: "not-found" },
  "DELETE /api/v1/ingest/mapping-rules/{id}": {},
  "POST /api/v1/ingest/{source}": { raw: { contentType: "application/x-ndjson", body: () => openAiLogLine(probe()) } },
  "POST /api/v1/ingest/uploads": { query: () => "source=openai&fileName=probe.jsonl", raw: { contentType: "application/x-ndjson", body: () => openAiLogLine(probe()) } },
  "POST /api/v1/model-prices": { body: () => ({ provider: "openai", model: probe(), inputPerMTokUsd: 1, outputPerMTokUsd: 2, effectiveFrom: "2026-01-01" }) },
  "DELETE /api/v1/model-prices/{id}": {},
  "PATCH /api/v1/model-prices/{id}": { body: () => ({ note: probe() }) },
  "POST /api/v1/otel/v1/traces": { raw: { contentType: "application/json", body: () => JSON.stringify({ resourceSpans: [] }) } },
  "POST /api/v1/connectors/{id}/pull": {},
  "POST /api/v1/findings/{id}/comments": { body: () => ({ body: probe() }) },
  "POST /api/v1/findings/bulk": { body: (w) => ({ ids: [w.finding], change: { status: "TRIAGED" } }) },
  "POST /api/v1/findings": { body: (w) => ({ title: probe(), severity: "LOW", appId: w.app }), expect: "not-found" },
  "POST /api/v1/findings/views": { body: () => ({ name: probe(), query: "severity=HIGH" }) },
  "DELETE /api/v1/findings/views/{id}": { userOnly: true },
  "PATCH /api/v1/findings/{id}": { body: () => ({ status: "TRIAGED" }) },
  "PUT /api/v1/findings/sla": { body: () => ({ CRITICAL: 7, HIGH: 30, MEDIUM: 90, LOW: 120, INFO: null }) },
  "POST /api/v1/alerts/webhooks": { body: () => ({ name: probe(), url: "http://127.0.0.1:9/probe", format: "slack" }) },
  "DELETE /api/v1/alerts/webhooks/{id}": {},
  "POST /api/v1/alerts/webhooks/{id}/test": {},
  "PATCH /api/v1/alerts/webhooks/{id}": { body: () => ({ name: probe() }) },
  "POST /api/v1/imports": { query: (w) => `appId=${w.app}&fileName=probe.sarif`, raw: { contentType: "application/sarif+json", body: () => sarifLog(probe()) }, expect: "not-found" },
  "POST /api/v1/posture/attestations": { body: (w) => ({ appId: w.app, controlId: "LSO-API-04", status: "PASS", evidence: probe() }), expect: "not-found" },
  "DELETE /api/v1/posture/attestations/{id}": {},
  "POST /api/v1/posture/recompute": {},
  "POST /api/v1/gateway/keys": { body: (w) => ({ name: probe(), appId: w.app, integrationId: w.integration }), expect: "not-found", userOnly: true },
  "DELETE /api/v1/gateway/keys/{id}": {},
  "PUT /api/v1/gateway/apps/{id}": { body: () => ({ rpmLimit: 1, tpmLimit: null, dailyBudgetUsd: null, monthlyBudgetUsd: null, maxInputTokens: null, maxOutputTokens: null }) },
  "PUT /api/v1/gateway/settings": { body: () => ({ storeContent: true }) },
  // Reads whose filters take org-A ids: answered for org B's own rows only.
  "GET /api/v1/integrations/oauth/callback": { query: () => `code=probe&state=${probe()}` },
  "GET /api/v1/apps": { query: (w) => `owner=${w.adminUser}` },
  "GET /api/v1/events/llm": { query: (w) => `appId=${w.app}` },
  "GET /api/v1/imports": { query: (w) => `appId=${w.app}` },
  "GET /api/v1/alerts/deliveries": { query: (w) => `webhookId=${w.webhook}` },
  "GET /api/v1/datasets": { query: (w) => `sourceId=${w.dataSource}` },
  "GET /api/v1/findings": { query: (w) => `app=${w.app}` },
  "GET /api/v1/findings/counters": { query: (w) => `app=${w.app}` },
  "GET /api/v1/gateway/keys": { query: (w) => `appId=${w.app}` },
  "GET /api/v1/gateway/usage": { query: (w) => `appId=${w.app}` },
};
