import { ZIdParams } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  ZCreateGatewayKeyRequest, ZCreateGatewayKeyResponse, ZGatewayAppSettings, ZGatewayAppSettingsBody, ZGatewayKeyResponse,
  ZGatewayOrgSettings, ZGatewayUsage, ZGatewayUsageQuery, ZListGatewayKeysQuery, ZListGatewayKeysResponse,
} from "./schemas";

const tag = "AI gateway";

export const listGatewayKeysEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/gateway/keys", tag, scope: "gateway:read",
  summary: "List the gateway's virtual keys (prefix, app, limits, last use; never the secret)", query: ZListGatewayKeysQuery, response: ZListGatewayKeysResponse,
});

export const createGatewayKeyEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/gateway/keys", tag, scope: "gateway:manage", successStatus: 201, affectsPosture: true,
  summary: "Create a virtual key for an app and a provider credential; the key is in this response only", body: ZCreateGatewayKeyRequest, response: ZCreateGatewayKeyResponse,
});

export const revokeGatewayKeyEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/gateway/keys/{id}", affectsGateway: true, tag, scope: "gateway:manage", affectsPosture: true,
  summary: "Revoke a virtual key (calls with it answer 401 at once)", params: ZIdParams, response: ZGatewayKeyResponse,
});

export const getGatewayAppSettingsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/gateway/apps/{id}", tag, scope: "gateway:read",
  summary: "An app's gateway limits: requests and tokens per minute, daily and monthly budgets, token caps per request", params: ZIdParams, response: ZGatewayAppSettings,
});

export const saveGatewayAppSettingsEndpoint = defineEndpoint({
  method: "PUT", path: "/api/v1/gateway/apps/{id}", affectsGateway: true, tag, scope: "gateway:manage", affectsPosture: true,
  summary: "Set an app's gateway limits (null: no limit)", params: ZIdParams, body: ZGatewayAppSettingsBody, response: ZGatewayAppSettings,
});

export const getGatewayOrgSettingsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/gateway/settings", tag, scope: "gateway:read",
  summary: "Organization gateway settings (whether redacted prompts and responses of gateway calls are kept)", response: ZGatewayOrgSettings,
});

export const saveGatewayOrgSettingsEndpoint = defineEndpoint({
  method: "PUT", path: "/api/v1/gateway/settings", affectsGateway: true, tag, scope: "gateway:manage",
  summary: "Change organization gateway settings", body: ZGatewayOrgSettings, response: ZGatewayOrgSettings,
});

export const getGatewayUsageEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/gateway/usage", tag, scope: "gateway:read",
  summary: "Gateway usage per day and per key (requests, tokens, cost, blocked, redacted, limited), latency, and guardrail coverage per app",
  query: ZGatewayUsageQuery, response: ZGatewayUsage,
});
