import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import type { DbTx } from "@/lib/server/db";
import type { TokenSet } from "./token-endpoint";

export const TOKEN_PURPOSES = ["access_token", "refresh_token"] as const;

/**
 * Stores the tokens encrypted, inside the caller's transaction. A new grant without a refresh token drops
 * the previous grant's one; a refresh answer without one keeps it (the provider did not rotate it).
 */
export async function saveOAuthTokens(
  tx: DbTx,
  { orgId, integrationId, tokens, grant }: { orgId: string; integrationId: string; tokens: TokenSet; grant: "new" | "refreshed" },
) {
  await storeIntegrationSecret(tx, { orgId, integrationId, purpose: "access_token", value: tokens.accessToken, expiresAt: tokens.expiresAt });
  if (tokens.refreshToken) {
    await storeIntegrationSecret(tx, { orgId, integrationId, purpose: "refresh_token", value: tokens.refreshToken, expiresAt: null });
  } else if (grant === "new") {
    await tx.integrationSecret.deleteMany({ where: { orgId, integrationId, purpose: "refresh_token" } });
  }
}
