import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TOAuthCallbackQuery } from "../schemas";
import { consumeOAuthState } from "./consume-oauth-state";
import { findOAuthIntegration, oauthClient, parseOAuthConfig } from "./oauth-integration";
import { toProviderError } from "./provider-error";
import { resolveProviderEndpoints } from "./provider-endpoints";
import { recordOAuthFailure, recordUnknownState } from "./record-oauth-failure";
import { saveOAuthTokens } from "./save-oauth-tokens";
import { scheduleTokenRefresh } from "./schedule-token-refresh";
import { oauthRedirectUri } from "./start-oauth-authorization";
import { requestTokens, type TokenSet } from "./token-endpoint";

const trimSlash = (url: string) => url.replace(/\/+$/, "");
const safeCode = (code: string) => (/^[a-z0-9_]{1,64}$/i.test(code) ? code : "unrecognised error");

/**
 * The provider's redirect back: check and burn the state, exchange the code (with the PKCE verifier and the
 * client secret), store the tokens encrypted, connect, then schedule the refresh. Returns the console path
 * to redirect the browser to (?oauth=connected or ?oauth=error&reason=…).
 */
export const completeOAuthCallback = async ({ ctx, query }: { ctx: Ctx; query: TOAuthCallbackQuery }): Promise<string> => {
  const consumed = await consumeOAuthState(ctx, query.state);
  if (consumed.kind === "unknown") return recordUnknownState(ctx);
  const { integrationId } = consumed;
  if (consumed.kind === "reused") return recordOAuthFailure(ctx, integrationId, "state_reused", { keepConnected: true });
  if (consumed.kind === "expired") return recordOAuthFailure(ctx, integrationId, "state_expired");
  const { verifier } = consumed;

  const integration = await findOAuthIntegration(ctx.orgId, integrationId);
  const config = integration ? parseOAuthConfig(integration.config) : null;
  if (!integration || !config) return recordOAuthFailure(ctx, integrationId, "not_configured");
  // RFC 9207: when the provider names itself, it must be the configured one (mix-up attacks).
  if (query.iss && config.issuer && trimSlash(query.iss) !== trimSlash(config.issuer)) return recordOAuthFailure(ctx, integrationId, "issuer_mismatch");
  if (query.error) {
    return recordOAuthFailure(ctx, integrationId, query.error === "access_denied" ? "access_denied" : "provider_error", { detail: safeCode(query.error) });
  }
  if (!query.code) return recordOAuthFailure(ctx, integrationId, "provider_error", { detail: "no authorization code" });

  let tokens: TokenSet;
  try {
    const endpoints = await resolveProviderEndpoints(config);
    const client = await oauthClient(ctx.orgId, integrationId, config);
    tokens = await requestTokens(endpoints.tokenEndpoint, client, {
      grant_type: "authorization_code", code: query.code, redirect_uri: oauthRedirectUri(), code_verifier: verifier,
    });
  } catch (error) {
    const e = toProviderError(error);
    return recordOAuthFailure(ctx, integrationId, e.kind === "unavailable" ? "provider_unreachable" : "token_exchange_failed", { detail: e.message });
  }

  await db.$transaction(async (tx) => {
    await saveOAuthTokens(tx, { orgId: ctx.orgId, integrationId, tokens, grant: "new" });
    await tx.integration.update({ where: { id: integrationId, orgId: ctx.orgId }, data: { status: "CONNECTED", lastCheckedAt: new Date(), lastError: null } });
    await writeAudit(tx, ctx, {
      action: "integration.oauth_connected", resourceType: "integration", resourceId: integrationId,
      summary: {
        name: integration.name, grantedScope: tokens.scope?.slice(0, 1000) ?? null,
        accessTokenExpiresAt: tokens.expiresAt?.toISOString() ?? null, refreshToken: tokens.refreshToken !== null,
      },
    });
  });
  if (tokens.expiresAt && tokens.refreshToken) await scheduleTokenRefresh({ orgId: ctx.orgId, integrationId, accessTokenExpiresAt: tokens.expiresAt });
  return `/integrations/${integrationId}?oauth=connected`;
};
