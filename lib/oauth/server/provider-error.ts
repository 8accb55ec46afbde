import { OutboundError } from "@/lib/server/outbound";

/**
 * A failed call to the provider. `rejected`: it answered with an OAuth error (e.g. invalid_grant);
 * `unavailable`: network, timeout or a 5xx/429, worth retrying; `misconfigured`: the URL is refused or the
 * answer is not what the protocol says. The message is safe to store and show (no tokens, no query strings).
 */
export class OAuthProviderError extends Error {
  constructor(
    readonly kind: "rejected" | "unavailable" | "misconfigured",
    message: string,
    readonly oauthError: string | null = null,
  ) {
    super(message);
    this.name = "OAuthProviderError";
  }
}

const TRANSIENT: OutboundError["code"][] = ["timeout", "network", "dns_failed"];

export function toProviderError(error: unknown): OAuthProviderError {
  if (error instanceof OAuthProviderError) return error;
  if (error instanceof OutboundError) return new OAuthProviderError(TRANSIENT.includes(error.code) ? "unavailable" : "misconfigured", error.message);
  return new OAuthProviderError("unavailable", "Unexpected failure calling the provider");
}

/** An OAuth error code from a response body, only when it looks like one (it ends up in messages). */
export function oauthErrorCode(body: string): string | null {
  try {
    const code = (JSON.parse(body) as { error?: unknown }).error;
    return typeof code === "string" && /^[a-z0-9_]{1,64}$/i.test(code) ? code : null;
  } catch {
    return null;
  }
}
