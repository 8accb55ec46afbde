import { z } from "zod";
import { outboundFetch } from "@/lib/server/outbound";
import type { OAuthClient } from "./oauth-integration";
import { OAuthProviderError, oauthErrorCode, toProviderError } from "./provider-error";

export type TokenSet = { accessToken: string; refreshToken: string | null; expiresAt: Date | null; scope: string | null };

const ZTokenResponse = z.object({
  access_token: z.string().min(1).max(16_384),
  token_type: z.string().regex(/^bearer$/i, "only Bearer tokens are supported"),
  expires_in: z.coerce.number().int().positive().max(10 * 365 * 86_400).optional(),
  refresh_token: z.string().min(1).max(16_384).optional(),
  scope: z.string().max(4_000).optional(),
});

// RFC 6749 §2.3.1 client_secret_basic; a client without a secret identifies itself in the body (PKCE protects it).
function clientAuth(client: OAuthClient, form: URLSearchParams): Record<string, string> {
  if (!client.clientSecret) {
    form.set("client_id", client.clientId);
    return {};
  }
  const basic = Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString("base64");
  return { authorization: `Basic ${basic}` };
}

async function postForm(url: string, client: OAuthClient, params: Record<string, string>) {
  const form = new URLSearchParams(params);
  const headers = { "content-type": "application/x-www-form-urlencoded", accept: "application/json", ...clientAuth(client, form) };
  return outboundFetch(url, { method: "POST", headers, body: form }).catch((e: unknown) => {
    throw toProviderError(e);
  });
}

/** A token request (authorization_code or refresh_token grant) at the token endpoint. */
export async function requestTokens(tokenEndpoint: string, client: OAuthClient, params: Record<string, string>): Promise<TokenSet> {
  const res = await postForm(tokenEndpoint, client, params);
  if (res.status >= 500 || res.status === 429) throw new OAuthProviderError("unavailable", `The token endpoint answered ${res.status}`);
  if (res.status !== 200) {
    const code = oauthErrorCode(res.text);
    throw new OAuthProviderError(code ? "rejected" : "misconfigured", `The token endpoint refused the request${code ? ` (${code})` : ` (HTTP ${res.status})`}`, code);
  }
  let parsed: ReturnType<typeof ZTokenResponse.safeParse>;
  try {
    parsed = ZTokenResponse.safeParse(JSON.parse(res.text));
  } catch {
    throw new OAuthProviderError("misconfigured", "The token endpoint did not answer with JSON");
  }
  if (!parsed.success) throw new OAuthProviderError("misconfigured", "The token endpoint's answer lacks a Bearer access token");
  const t = parsed.data;
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token ?? null,
    expiresAt: t.expires_in ? new Date(Date.now() + t.expires_in * 1000) : null,
    scope: t.scope ?? null,
  };
}

/** RFC 7009 revocation; best effort: false when the provider could not be reached or refused. */
export async function revokeToken(revocationEndpoint: string, client: OAuthClient, token: string, hint: "access_token" | "refresh_token"): Promise<boolean> {
  try {
    const res = await postForm(revocationEndpoint, client, { token, token_type_hint: hint });
    return res.status === 200;
  } catch {
    return false;
  }
}
