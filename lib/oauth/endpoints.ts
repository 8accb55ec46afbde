import { z } from "zod";
import { ZIdParams } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZAuthorizeResponse, ZOAuthCallbackQuery, ZOAuthConnectionResponse } from "./schemas";

const tag = "OAuth connections";

export const getOAuthConnectionEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/integrations/{id}/oauth", tag, scope: "integrations:read",
  summary: "Connection status of an OAuth integration: status, token expiry, scopes, last error (never the tokens)",
  params: ZIdParams, response: ZOAuthConnectionResponse,
});

export const startOAuthEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/integrations/{id}/oauth/authorize", tag, scope: "integrations:manage",
  summary: "Start connecting: returns the provider's authorization URL (Authorization Code + PKCE, single-use state, valid 10 minutes)",
  params: ZIdParams, response: ZAuthorizeResponse,
});

export const oauthCallbackEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/integrations/oauth/callback", tag, affectsPosture: true, scope: "integrations:manage",
  summary: "Where the provider sends the browser back: exchanges the code, stores the tokens encrypted, then redirects (303) to the integration page with ?oauth=connected or ?oauth=error&reason=…",
  query: ZOAuthCallbackQuery, response: z.string(), produces: "text/html",
});

export const disconnectOAuthEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/integrations/{id}/oauth/disconnect", tag, affectsPosture: true, scope: "integrations:manage",
  summary: "Revoke the tokens at the provider (best effort), delete them, and mark the integration disconnected",
  params: ZIdParams, response: ZOAuthConnectionResponse,
});
