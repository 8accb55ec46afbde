import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/server/audit";
import { encryptSecret } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { OAUTH_ERROR_MESSAGES, type TAuthorizeResponse } from "../schemas";
import { findOAuthIntegration, parseOAuthConfig, requestsOfflineAccess, type OAuthConfig } from "./oauth-integration";
import { hashState, pkceChallenge, randomUrlToken, verifierContext } from "./pkce";
import { providerAppError } from "./provider-app-error";
import { resolveProviderEndpoints } from "./provider-endpoints";

export const OAUTH_STATE_TTL_MS = 10 * 60_000;
const PRUNE_AFTER_MS = 24 * 3_600_000;

/** Registered at the provider as the client's redirect URI. */
export const oauthRedirectUri = () => `${env().NEXTAUTH_URL.replace(/\/+$/, "")}/api/v1/integrations/oauth/callback`;

function buildAuthorizeUrl(endpoint: string, config: OAuthConfig, state: string, challenge: string): string {
  const url = new URL(endpoint);
  for (const [name, value] of Object.entries(config.extraAuthorizeParams ?? {})) url.searchParams.set(name, value);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("redirect_uri", oauthRedirectUri());
  if (config.scopes.length > 0) url.searchParams.set("scope", config.scopes.join(" "));
  url.searchParams.set("state", state);
  url.searchParams.set("code_challenge", challenge);
  url.searchParams.set("code_challenge_method", "S256");
  // OpenID Connect Core §11: offline_access is only honoured with an explicit consent prompt.
  if (requestsOfflineAccess(config)) url.searchParams.set("prompt", "consent");
  return url.toString();
}

/** Starts Authorization Code + PKCE: a single-use state (stored hashed) and an encrypted verifier, 10 minutes. */
export const startOAuthAuthorization = async ({ ctx, integrationId }: { ctx: Ctx; integrationId: string }): Promise<TAuthorizeResponse> => {
  const integration = await findOAuthIntegration(ctx.orgId, integrationId);
  if (!integration) throw notFound("Integration");
  const config = parseOAuthConfig(integration.config);
  if (!config) throw new AppError("BAD_REQUEST", OAUTH_ERROR_MESSAGES.not_configured);
  const endpoints = await resolveProviderEndpoints(config).catch((e: unknown) => {
    throw providerAppError(e);
  });

  const state = randomUrlToken();
  const verifier = randomUrlToken();
  const stateId = randomUUID();
  const expiresAt = new Date(Date.now() + OAUTH_STATE_TTL_MS);
  await db.$transaction(async (tx) => {
    await tx.oAuthState.deleteMany({ where: { orgId: ctx.orgId, integrationId, expiresAt: { lt: new Date(Date.now() - PRUNE_AFTER_MS) } } });
    await tx.oAuthState.create({
      data: {
        id: stateId, orgId: ctx.orgId, integrationId, stateHash: hashState(state), expiresAt,
        verifierCipher: await encryptSecret(ctx.orgId, verifierContext(stateId), verifier, tx),
        createdById: ctx.principal.kind === "user" ? ctx.principal.userId : null,
      },
      select: { id: true },
    });
    await tx.integration.update({ where: { id: integrationId, orgId: ctx.orgId }, data: { status: "PENDING", lastError: null } });
    await writeAudit(tx, ctx, {
      action: "integration.oauth_started", resourceType: "integration", resourceId: integrationId,
      summary: { name: integration.name, scopes: config.scopes, stateExpiresAt: expiresAt.toISOString() },
    });
  });
  return { authorizeUrl: buildAuthorizeUrl(endpoints.authorizationEndpoint, config, state, pkceChallenge(verifier)) };
};
