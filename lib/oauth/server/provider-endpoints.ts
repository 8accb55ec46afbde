import { z } from "zod";
import { outboundFetch } from "@/lib/server/outbound";
import type { OAuthConfig } from "./oauth-integration";
import { OAuthProviderError, toProviderError } from "./provider-error";

export type ProviderEndpoints = { issuer: string | null; authorizationEndpoint: string; tokenEndpoint: string; revocationEndpoint: string | null };

const ZHttpUrl = z.url({ protocol: /^https?$/ }).max(2000);
const ZDiscovery = z.object({
  issuer: z.string().max(2000),
  authorization_endpoint: ZHttpUrl,
  token_endpoint: ZHttpUrl,
  revocation_endpoint: ZHttpUrl.optional(),
});

const CACHE_MS = 5 * 60_000;
const cache = new Map<string, { at: number; value: z.infer<typeof ZDiscovery> }>();
const trimSlash = (url: string) => url.replace(/\/+$/, "");

async function discover(issuer: string): Promise<z.infer<typeof ZDiscovery>> {
  const hit = cache.get(issuer);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const res = await outboundFetch(`${trimSlash(issuer)}/.well-known/openid-configuration`, { headers: { accept: "application/json" } }).catch((e: unknown) => {
    throw toProviderError(e);
  });
  if (res.status >= 500 || res.status === 429) throw new OAuthProviderError("unavailable", `The provider's discovery document answered ${res.status}`);
  if (res.status !== 200) throw new OAuthProviderError("misconfigured", `The provider's discovery document answered ${res.status}; check the issuer URL`);
  let parsed: ReturnType<typeof ZDiscovery.safeParse>;
  try {
    parsed = ZDiscovery.safeParse(JSON.parse(res.text));
  } catch {
    throw new OAuthProviderError("misconfigured", "The provider's discovery document is not JSON");
  }
  if (!parsed.success) throw new OAuthProviderError("misconfigured", "The provider's discovery document lacks the authorization or token endpoint");
  // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for (mix-up defence).
  if (trimSlash(parsed.data.issuer) !== trimSlash(issuer)) throw new OAuthProviderError("misconfigured", "The provider's discovery document names a different issuer");
  if (cache.size > 500) cache.clear();
  cache.set(issuer, { at: Date.now(), value: parsed.data });
  return parsed.data;
}

/** Explicit URLs in the config win; the rest comes from OpenID discovery on `issuer`. */
export async function resolveProviderEndpoints(config: OAuthConfig): Promise<ProviderEndpoints> {
  const { issuer = null, authorizeUrl, tokenUrl, revocationUrl } = config;
  if (authorizeUrl && tokenUrl) {
    // Discovery is then only a source for the optional revocation endpoint: its failure is not fatal.
    const found = !revocationUrl && issuer ? await discover(issuer).catch(() => null) : null;
    return { issuer, authorizationEndpoint: authorizeUrl, tokenEndpoint: tokenUrl, revocationEndpoint: revocationUrl ?? found?.revocation_endpoint ?? null };
  }
  if (!issuer) throw new OAuthProviderError("misconfigured", "Give an issuer or both the authorize and token URLs");
  const found = await discover(issuer);
  return {
    issuer,
    authorizationEndpoint: authorizeUrl ?? found.authorization_endpoint,
    tokenEndpoint: tokenUrl ?? found.token_endpoint,
    revocationEndpoint: revocationUrl ?? found.revocation_endpoint ?? null,
  };
}
