import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";
import { CONNECTION_STATUSES } from "@/lib/integrations/providers";

/** Why a connect attempt failed: the callback redirects with `?oauth=error&reason=<code>`. */
export const OAUTH_ERROR_REASONS = [
  "state_mismatch", "state_reused", "state_expired", "issuer_mismatch", "access_denied",
  "provider_error", "token_exchange_failed", "provider_unreachable", "not_configured",
] as const;
export type OAuthErrorReason = (typeof OAUTH_ERROR_REASONS)[number];

/** User-safe explanations (also stored as the integration's lastError): no token, code or secret ever. */
export const OAUTH_ERROR_MESSAGES: Record<OAuthErrorReason, string> = {
  state_mismatch: "The sign-in response did not match a connection attempt started here. Start again with Connect.",
  state_reused: "That sign-in response was already used. Start again with Connect.",
  state_expired: "The sign-in took longer than 10 minutes. Start again with Connect.",
  issuer_mismatch: "The sign-in response came from a different provider than the one configured.",
  access_denied: "The provider denied access (the consent was refused or cancelled).",
  provider_error: "The provider reported an error during sign-in.",
  token_exchange_failed: "The provider refused to issue tokens for the authorization code. Check the client id and secret.",
  provider_unreachable: "The provider could not be reached. Try again later.",
  not_configured: "The integration's OAuth settings are incomplete (issuer or endpoints, client id).",
};

export const REFRESH_REJECTED_MESSAGE = "The provider rejected the refresh token (expired or revoked). Reconnect the integration.";

export const ZAuthorizeResponse = z.object({ authorizeUrl: z.url({ protocol: /^https?$/ }) }).strict();
export type TAuthorizeResponse = z.infer<typeof ZAuthorizeResponse>;

// Not strict: providers append their own parameters (session_state, scope, ...), which are ignored.
export const ZOAuthCallbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().max(1000).optional(),
});
export type TOAuthCallbackQuery = z.infer<typeof ZOAuthCallbackQuery>;

export const ZOAuthConnection = z
  .object({
    integrationId: ZId,
    status: z.enum(CONNECTION_STATUSES),
    /** True when an access token is stored. */
    connected: z.boolean(),
    accessTokenExpiresAt: ZIsoDate.nullable(),
    hasRefreshToken: z.boolean(),
    /** Requested scopes (from the integration's config). */
    scopes: z.array(z.string()),
    lastCheckedAt: ZIsoDate.nullable(),
    lastError: z.string().nullable(),
  })
  .strict();
export type TOAuthConnection = z.infer<typeof ZOAuthConnection>;

export const ZOAuthConnectionResponse = z.object({ connection: ZOAuthConnection }).strict();
