import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TOAuthConnection } from "../schemas";
import { getOAuthConnection } from "./get-oauth-connection";
import { findOAuthIntegration, oauthClient, parseOAuthConfig, type OAuthConfig } from "./oauth-integration";
import { resolveProviderEndpoints } from "./provider-endpoints";
import { TOKEN_PURPOSES } from "./save-oauth-tokens";
import { revokeToken } from "./token-endpoint";

/** RFC 7009, best effort. The refresh token goes first: at most providers that ends the whole grant. */
async function revokeAtProvider(orgId: string, integrationId: string, config: OAuthConfig | null): Promise<"revoked" | "failed" | "not_supported" | "nothing_to_revoke"> {
  const [refresh, access] = await Promise.all([
    readIntegrationSecret({ orgId, integrationId, purpose: "refresh_token" }),
    readIntegrationSecret({ orgId, integrationId, purpose: "access_token" }),
  ]);
  if (!refresh && !access) return "nothing_to_revoke";
  const endpoints = config ? await resolveProviderEndpoints(config).catch(() => null) : null;
  if (!config || !endpoints) return "failed";
  if (!endpoints.revocationEndpoint) return "not_supported";
  const client = await oauthClient(orgId, integrationId, config);
  const results: boolean[] = [];
  if (refresh) results.push(await revokeToken(endpoints.revocationEndpoint, client, refresh, "refresh_token"));
  if (access) results.push(await revokeToken(endpoints.revocationEndpoint, client, access, "access_token"));
  return results.every(Boolean) ? "revoked" : "failed";
}

/** Revokes (best effort), deletes the tokens, cancels pending attempts and marks the integration disconnected. */
export const disconnectOAuth = async ({ ctx, integrationId }: { ctx: Ctx; integrationId: string }): Promise<TOAuthConnection> => {
  const integration = await findOAuthIntegration(ctx.orgId, integrationId);
  if (!integration) throw notFound("Integration");
  const revocation = await revokeAtProvider(ctx.orgId, integrationId, parseOAuthConfig(integration.config));
  await db.$transaction(async (tx) => {
    await tx.integrationSecret.deleteMany({ where: { orgId: ctx.orgId, integrationId, purpose: { in: [...TOKEN_PURPOSES] } } });
    await tx.oAuthState.updateMany({ where: { orgId: ctx.orgId, integrationId, usedAt: null }, data: { usedAt: new Date() } });
    await tx.integration.update({ where: { id: integrationId, orgId: ctx.orgId }, data: { status: "DISCONNECTED", lastError: null, lastCheckedAt: new Date() } });
    await writeAudit(tx, ctx, {
      action: "integration.oauth_disconnected", resourceType: "integration", resourceId: integrationId,
      summary: { name: integration.name, revocation, statusChanged: { from: integration.status, to: "DISCONNECTED" } },
    });
  });
  return getOAuthConnection({ ctx, integrationId });
};
