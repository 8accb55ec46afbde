// Every feature that calls out to a tenant- or admin-supplied URL, as one attempt per URL: through the API
// where the URL is entered, or with the URL already stored (saved before its name started resolving inward)
// where the request is made later. An attempt counts as blocked only when the feature refused it: a
// validation error, or a failure whose reason is the SSRF guard's refusal (not a timeout or network error,
// which would mean a connection was tried).
import * as connectorPullRoute from "@/app/api/v1/connectors/[id]/pull/route";
import * as webhookRoute from "@/app/api/v1/alerts/webhooks/[id]/route";
import * as webhookTestRoute from "@/app/api/v1/alerts/webhooks/[id]/test/route";
import * as webhooksRoute from "@/app/api/v1/alerts/webhooks/route";
import * as authorizeRoute from "@/app/api/v1/integrations/[id]/oauth/authorize/route";
import * as callbackRoute from "@/app/api/v1/integrations/oauth/callback/route";
import * as integrationsRoute from "@/app/api/v1/integrations/route";
import { deliverWebhookBatch } from "@/lib/alerts/server/deliver-webhook-batch";
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { refreshOAuthToken } from "@/lib/oauth/server/refresh-oauth-token";
import { db } from "@/lib/server/db";
import { call, uniq } from "../factories";

export type Outcome = { blocked: boolean; how: string };
export type FeatureEnv = { orgId: string; admin: string; stubOrigin: string };
export type SsrfFeature = { name: string; attempt: (env: FeatureEnv, url: string) => Promise<Outcome> };

const REFUSAL = /is an internal address|resolves to an internal address|plain http is not allowed|Only http and https URLs are allowed|URLs with credentials are not allowed|Not a valid URL|redirects are not followed|redirected to an invalid URL/;
const refusal = (message: unknown): Outcome => ({ blocked: typeof message === "string" && REFUSAL.test(message), how: String(message) });
const validation = (res: { status: number; text: string }): Outcome | null => (res.status === 400 ? { blocked: true, how: "validation" } : null);
// A stored config is parsed again before use: one the API would not have accepted is refused as incomplete.
const STORED_CONFIG_REFUSED = /OAuth settings are incomplete/;

const sendTest = async (admin: string, id: string) => (await call(webhookTestRoute.POST, { method: "POST", cookie: admin, params: { id } })).json.result?.error;
const storedWebhook = (orgId: string, url: string) =>
  db.alertWebhook.create({ data: { orgId, name: `ssrf-${uniq()}`, url, format: "slack", minSeverity: "LOW" }, select: { id: true } });

const createWebhook: SsrfFeature = {
  name: "alert webhook: create",
  async attempt({ orgId, admin }, url) {
    const res = await call(webhooksRoute.POST, { method: "POST", cookie: admin, body: { name: `ssrf-${uniq()}`, url, format: "slack" } });
    if (res.status !== 201) return validation(res) ?? { blocked: false, how: `HTTP ${res.status}` };
    // Saved (an allow-listed URL that redirects): its first send must refuse where it leads.
    const outcome = refusal(await sendTest(admin, res.json.webhook.id as string));
    await db.alertWebhook.deleteMany({ where: { orgId, id: res.json.webhook.id as string } });
    return outcome;
  },
};

const updateWebhook: SsrfFeature = {
  name: "alert webhook: change URL",
  async attempt({ orgId, admin, stubOrigin }, url) {
    const { id } = await storedWebhook(orgId, `${stubOrigin}/fine`);
    const res = await call(webhookRoute.PATCH, { method: "PATCH", cookie: admin, params: { id }, body: { url } });
    const outcome = res.status === 200 ? refusal(await sendTest(admin, id)) : validation(res) ?? { blocked: false, how: `HTTP ${res.status}` };
    await db.alertWebhook.deleteMany({ where: { orgId, id } });
    return outcome;
  },
};

const testWebhook: SsrfFeature = {
  name: "alert webhook: send test (stored URL)",
  async attempt({ orgId, admin }, url) {
    const { id } = await storedWebhook(orgId, url);
    const outcome = refusal(await sendTest(admin, id));
    await db.alertWebhook.deleteMany({ where: { orgId, id } });
    return outcome;
  },
};

const deliverAlert: SsrfFeature = {
  name: "alert delivery (worker, stored URL)",
  async attempt({ orgId }, url) {
    const { id: webhookId } = await storedWebhook(orgId, url);
    const finding = await db.finding.create({
      data: { orgId, source: "MANUAL", detector: "ssrf-proof", ruleId: "ssrf-proof", title: "SSRF proof", severity: "CRITICAL", fingerprint: `${uniq()}${uniq()}`, tags: {} },
      select: { id: true },
    });
    const delivery = await db.alertDelivery.create({ data: { orgId, webhookId, findingId: finding.id, kind: "new_finding" }, select: { id: true } });
    await deliverWebhookBatch([{ id: delivery.id, orgId, webhookId, findingId: finding.id, kind: "new_finding", attempts: 0 }]);
    const row = await db.alertDelivery.findUniqueOrThrow({ where: { id: delivery.id }, select: { status: true, error: true } });
    await db.alertWebhook.deleteMany({ where: { orgId, id: webhookId } });
    // A refusal is final: a delivery left PENDING would be retried against the same destination.
    return row.status === "FAILED" ? refusal(row.error) : { blocked: false, how: `${row.status}: ${row.error}` };
  },
};

const oauthDiscovery: SsrfFeature = {
  name: "OAuth integration: issuer discovery",
  async attempt({ admin }, url) {
    const body = { kind: "OAUTH_CONNECTION", provider: "generic-oidc", name: `ssrf-${uniq()}`, config: { issuer: url, clientId: "ssrf-proof" } };
    const created = await call(integrationsRoute.POST, { method: "POST", cookie: admin, body });
    if (created.status !== 201) return validation(created) ?? { blocked: false, how: `HTTP ${created.status}` };
    const res = await call(authorizeRoute.POST, { method: "POST", cookie: admin, params: { id: created.json.integration.id as string } });
    return res.status === 400 ? refusal(res.json.error?.message) : { blocked: false, how: `HTTP ${res.status}: ${res.text.slice(0, 200)}` };
  },
};

/** An OAuth integration whose token endpoint is `url`, stored with a client secret (and a refresh token). */
async function storedOAuthIntegration(orgId: string, stubOrigin: string, tokenUrl: string, withRefreshToken: boolean) {
  const integration = await db.integration.create({
    data: { orgId, kind: "OAUTH_CONNECTION", provider: "generic-oidc", name: `ssrf-${uniq()}`, config: { authorizeUrl: `${stubOrigin}/authorize`, tokenUrl, clientId: "ssrf-proof", scopes: [] } },
    select: { id: true },
  });
  await db.$transaction(async (tx) => {
    await storeIntegrationSecret(tx, { orgId, integrationId: integration.id, purpose: "client_secret", value: `client-secret-${uniq()}` });
    if (withRefreshToken) await storeIntegrationSecret(tx, { orgId, integrationId: integration.id, purpose: "refresh_token", value: `refresh-${uniq()}` });
  });
  return integration.id;
}

const oauthTokenExchange: SsrfFeature = {
  name: "OAuth integration: code exchange (stored token URL)",
  async attempt({ orgId, admin, stubOrigin }, url) {
    const id = await storedOAuthIntegration(orgId, stubOrigin, url, false);
    const started = await call(authorizeRoute.POST, { method: "POST", cookie: admin, params: { id } });
    if (started.status === 400 && STORED_CONFIG_REFUSED.test(started.json.error?.message)) return { blocked: true, how: "validation" };
    if (started.status !== 200) return { blocked: false, how: `authorize answered ${started.status}` };
    const state = new URL(started.json.authorizeUrl as string).searchParams.get("state")!;
    const done = await call(callbackRoute.GET, { cookie: admin, path: `/api/v1/integrations/oauth/callback?state=${state}&code=ssrf-code` });
    if (!done.headers.get("location")?.includes("oauth=error")) return { blocked: false, how: `callback went to ${done.headers.get("location")}` };
    return refusal((await db.integration.findUniqueOrThrow({ where: { id }, select: { lastError: true } })).lastError);
  },
};

const oauthRefresh: SsrfFeature = {
  name: "OAuth integration: token refresh (worker, stored token URL)",
  async attempt({ orgId, stubOrigin }, url) {
    const integrationId = await storedOAuthIntegration(orgId, stubOrigin, url, true);
    const result = await refreshOAuthToken({ orgId, integrationId }).catch((e: unknown) => ({ outcome: "threw", message: String(e) }));
    if (result.outcome !== "rejected") return { blocked: false, how: JSON.stringify(result) };
    return STORED_CONFIG_REFUSED.test(result.message) ? { blocked: true, how: "validation" } : refusal(result.message);
  },
};

const connectorPull: SsrfFeature = {
  name: "log connector: pull from base URL",
  async attempt({ admin }, url) {
    const body = { kind: "LLM_PROVIDER", provider: "openai", name: `ssrf-${uniq()}`, config: { baseUrl: url }, secrets: { api_key: `sk-admin-${uniq()}${uniq()}` } };
    const created = await call(integrationsRoute.POST, { method: "POST", cookie: admin, body });
    if (created.status !== 201) return validation(created) ?? { blocked: false, how: `HTTP ${created.status}` };
    const res = await call(connectorPullRoute.POST, { method: "POST", cookie: admin, params: { id: created.json.integration.id as string } });
    return res.json?.pull?.outcome === "failed" ? refusal(res.json.pull.error) : { blocked: false, how: `HTTP ${res.status}: ${res.text.slice(0, 200)}` };
  },
};

export const SSRF_FEATURES: SsrfFeature[] = [createWebhook, updateWebhook, testWebhook, deliverAlert, oauthDiscovery, oauthTokenExchange, oauthRefresh, connectorPull];
