// Integration-test fixture for OAuth connections: a loopback provider with a client registered for the
// console's callback, and OAUTH_CONNECTION integrations that point at it.
import { randomBytes } from "node:crypto";
import { storeIntegrationSecret } from "@/lib/integrations/server/store-integration-secret";
import { db } from "@/lib/server/db";
import { uniq } from "../factories";
import { authorizeWithPassword } from "./password-login";
import { startOidcProvider, type OidcTestUser } from "./provider";

/** The console origin the tests pretend to run at (NEXTAUTH_URL); the provider redirects there. */
export const CONSOLE_ORIGIN = "http://console.test";
export const CALLBACK_URL = `${CONSOLE_ORIGIN}/api/v1/integrations/oauth/callback`;

export type TestIdp = Awaited<ReturnType<typeof startTestIdp>>;

export async function startTestIdp(ttl?: { accessToken?: number; refreshToken?: number }) {
  const user: OidcTestUser = { sub: `idp-${uniq()}`, email: "owner@idp.test", emailVerified: true, name: "Owner", password: "idp-password-123" };
  const client = { clientId: "console-oauth", clientSecret: `canary-client-secret-${randomBytes(16).toString("hex")}`, redirectUris: [CALLBACK_URL] };
  const { issuer, close } = await startOidcProvider({
    port: 0, clientId: "console-sso", clientSecret: randomBytes(16).toString("hex"), redirectUris: [`${CONSOLE_ORIGIN}/api/auth/callback/oidc`],
    users: [user], extraClients: [client], ttl,
  });
  const basic = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`;
  return {
    issuer, close, user, ...client,
    /** Sign in at the provider for an authorize URL; returns the redirect to the console callback. */
    login: (authorizeUrl: string) => authorizeWithPassword(authorizeUrl, user, CALLBACK_URL),
    /** RFC 7009 at the provider, as an admin revoking the grant there would. */
    revoke: (token: string) => fetch(`${issuer}/token/revocation`, { method: "POST", headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ token }) }),
    /** Whether an access token still works at the provider (userinfo). */
    accessTokenWorks: async (token: string) => (await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${token}` } })).status === 200,
  };
}

export async function createOAuthIntegration(orgId: string, idp: { issuer: string; clientId: string; clientSecret: string }, config: Record<string, unknown> = {}) {
  const integration = await db.integration.create({
    data: {
      orgId, kind: "OAUTH_CONNECTION", provider: "generic-oidc", name: `IdP ${uniq()}`,
      config: { issuer: idp.issuer, clientId: idp.clientId, scopes: ["openid", "email", "offline_access"], ...config },
    },
    select: { id: true, orgId: true, name: true },
  });
  await db.$transaction((tx) => storeIntegrationSecret(tx, { orgId, integrationId: integration.id, purpose: "client_secret", value: idp.clientSecret }));
  return integration;
}
