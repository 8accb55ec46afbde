import { ZIdParams } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZApiKeyResponse, ZCreateApiKeyRequest, ZCreateApiKeyResponse, ZListApiKeysResponse } from "./schemas";

const tag = "API keys";

export const listApiKeysEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/api-keys", tag, scope: "api-keys:read",
  summary: "List API keys (prefix, scopes, last use; never the secret)", response: ZListApiKeysResponse,
});

export const createApiKeyEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/api-keys", tag, scope: "api-keys:manage", successStatus: 201,
  summary: "Create an API key; the secret is in this response only", body: ZCreateApiKeyRequest, response: ZCreateApiKeyResponse,
});

export const revokeApiKeyEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/api-keys/{id}", tag, scope: "api-keys:manage",
  summary: "Revoke an API key (it stops working at once)", params: ZIdParams, response: ZApiKeyResponse,
});
