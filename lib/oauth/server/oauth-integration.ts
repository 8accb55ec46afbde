import type { z } from "zod";
import { ZOAuthConfig } from "@/lib/integrations/config-schemas";
import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { db, type DbTx } from "@/lib/server/db";

export type OAuthConfig = z.infer<typeof ZOAuthConfig>;
export type OAuthClient = { clientId: string; clientSecret: string | null };

const select = { id: true, orgId: true, name: true, status: true, config: true } as const;

/** The org's OAuth-connection integration, or null (other kinds and other orgs' ids look the same: absent). */
export const findOAuthIntegration = (orgId: string, integrationId: string, tx: DbTx = db) =>
  tx.integration.findFirst({ where: { id: integrationId, orgId, kind: "OAUTH_CONNECTION" }, select });

export type OAuthIntegration = NonNullable<Awaited<ReturnType<typeof findOAuthIntegration>>>;

/** The stored config, or null when it is incomplete (it was validated on save, but may predate a rule). */
export const parseOAuthConfig = (config: unknown): OAuthConfig | null => {
  const parsed = ZOAuthConfig.safeParse(config);
  return parsed.success ? parsed.data : null;
};

/** Client credentials for the token endpoint; a client without a stored secret is a public (PKCE-only) client. */
export async function oauthClient(orgId: string, integrationId: string, config: OAuthConfig): Promise<OAuthClient> {
  const clientSecret = await readIntegrationSecret({ orgId, integrationId, purpose: "client_secret" });
  return { clientId: config.clientId, clientSecret };
}

export const requestsOfflineAccess = (config: OAuthConfig) => config.scopes.includes("offline_access");
