import { writeSystemAudit } from "@/lib/server/audit";
import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { db } from "@/lib/server/db";
import { REFRESH_REJECTED_MESSAGE } from "../schemas";
import { markRefreshFailed } from "./mark-refresh-failed";
import { findOAuthIntegration, oauthClient, parseOAuthConfig } from "./oauth-integration";
import { toProviderError } from "./provider-error";
import { resolveProviderEndpoints } from "./provider-endpoints";
import { saveOAuthTokens } from "./save-oauth-tokens";
import { REFRESH_LEAD_MS, scheduleTokenRefresh } from "./schedule-token-refresh";
import { requestTokens, type TokenSet } from "./token-endpoint";

export type RefreshResult =
  | { outcome: "refreshed"; accessTokenExpiresAt: string | null }
  | { outcome: "skipped"; reason: "gone" | "no_refresh_token" | "not_due" | "superseded" }
  | { outcome: "rejected"; message: string };

const tokenRows = (orgId: string, integrationId: string) =>
  db.integrationSecret.findMany({ where: { orgId, integrationId, purpose: { in: ["access_token", "refresh_token"] } }, select: { purpose: true, expiresAt: true, fingerprint: true } });

/**
 * Worker side of the refresh (payload: ids). Loads the refresh token from Postgres, asks the token endpoint
 * for new tokens, stores them and schedules the next refresh. Throws on transient failures (the job retries);
 * returns `rejected` when the provider refuses (e.g. invalid_grant): the integration is then in ERROR.
 * Stale jobs (an earlier schedule, a reconnect meanwhile) find the token not yet due and do nothing.
 */
export const refreshOAuthToken = async ({ orgId, integrationId }: { orgId: string; integrationId: string }): Promise<RefreshResult> => {
  const integration = await findOAuthIntegration(orgId, integrationId);
  if (!integration) return { outcome: "skipped", reason: "gone" };
  const rows = await tokenRows(orgId, integrationId);
  const refreshRow = rows.find((r) => r.purpose === "refresh_token");
  const accessRow = rows.find((r) => r.purpose === "access_token");
  if (!refreshRow) return { outcome: "skipped", reason: "no_refresh_token" };
  if (accessRow && (!accessRow.expiresAt || accessRow.expiresAt.getTime() - Date.now() > REFRESH_LEAD_MS + 60_000)) return { outcome: "skipped", reason: "not_due" };
  const config = parseOAuthConfig(integration.config);
  if (!config) {
    const message = "The integration's OAuth settings are incomplete; the token cannot be refreshed. Fix them and reconnect.";
    await markRefreshFailed({ orgId, integrationId, message, reason: "not_configured" });
    return { outcome: "rejected", message };
  }

  let tokens: TokenSet;
  try {
    const refreshToken = await readIntegrationSecret({ orgId, integrationId, purpose: "refresh_token" });
    if (!refreshToken) return { outcome: "skipped", reason: "no_refresh_token" };
    const endpoints = await resolveProviderEndpoints(config);
    tokens = await requestTokens(endpoints.tokenEndpoint, await oauthClient(orgId, integrationId, config), { grant_type: "refresh_token", refresh_token: refreshToken });
  } catch (error) {
    const e = toProviderError(error);
    if (e.kind === "unavailable") throw e;
    // A concurrent refresh (or a reconnect) replaced the token we sent: its refusal says nothing.
    const now = (await tokenRows(orgId, integrationId)).find((r) => r.purpose === "refresh_token");
    if (now?.fingerprint !== refreshRow.fingerprint) return { outcome: "skipped", reason: "superseded" };
    const message = e.oauthError === "invalid_grant" ? REFRESH_REJECTED_MESSAGE : `The provider refused the token refresh: ${e.message}. Reconnect the integration.`;
    await markRefreshFailed({ orgId, integrationId, message, reason: e.oauthError ?? e.kind });
    return { outcome: "rejected", message };
  }

  await db.$transaction(async (tx) => {
    await saveOAuthTokens(tx, { orgId, integrationId, tokens, grant: "refreshed" });
    // A connect attempt in progress (PENDING) keeps its status; otherwise a working refresh means connected.
    const recovered = integration.status !== "PENDING" && integration.status !== "CONNECTED";
    await tx.integration.update({
      where: { id: integrationId, orgId },
      data: { lastCheckedAt: new Date(), ...(integration.status === "PENDING" ? {} : { status: "CONNECTED", lastError: null }) },
    });
    if (recovered) {
      await writeSystemAudit(tx, orgId, "oauth-token-refresh", {
        action: "integration.oauth_refreshed", resourceType: "integration", resourceId: integrationId,
        summary: { name: integration.name, statusChanged: { from: integration.status, to: "CONNECTED" } },
      });
    }
  });
  if (tokens.expiresAt) await scheduleTokenRefresh({ orgId, integrationId, accessTokenExpiresAt: tokens.expiresAt });
  return { outcome: "refreshed", accessTokenExpiresAt: tokens.expiresAt?.toISOString() ?? null };
};
