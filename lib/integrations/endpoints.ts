import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  ZCreateIntegrationRequest, ZIntegrationResponse, ZListIntegrationsQuery, ZListIntegrationsResponse, ZRotateSecretRequest,
  ZRotationResponse, ZSecretParams, ZSecretResponse, ZUpdateIntegrationRequest, ZUpdateSecretPolicyRequest,
} from "./schemas";

const tag = "Integrations";

export const listIntegrationsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/integrations", tag, scope: "integrations:read",
  summary: "List integrations (filter by kind, search by name or provider); secrets as metadata only",
  query: ZListIntegrationsQuery, response: ZListIntegrationsResponse,
});

export const createIntegrationEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/integrations", tag, affectsPosture: true, scope: "integrations:manage", successStatus: 201,
  summary: "Add an OAuth connection, cloud account, LLM provider or service account; secrets are stored encrypted and never returned",
  body: ZCreateIntegrationRequest, response: ZIntegrationResponse,
});

export const getIntegrationEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/integrations/{id}", tag, scope: "integrations:read",
  summary: "One integration with its config, health and secret metadata (last4, fingerprint, rotation)",
  params: ZIdParams, response: ZIntegrationResponse,
});

export const updateIntegrationEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/integrations/{id}", tag, affectsGateway: true, affectsPosture: true, scope: "integrations:manage",
  summary: "Rename an integration or replace its (non-secret) config", params: ZIdParams, body: ZUpdateIntegrationRequest, response: ZIntegrationResponse,
});

export const deleteIntegrationEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/integrations/{id}", tag, affectsGateway: true, affectsPosture: true, scope: "integrations:manage",
  summary: "Delete an integration and its secrets", params: ZIdParams, response: ZOk,
});

export const rotateIntegrationSecretEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/integrations/{id}/secrets/{secretId}/rotate", tag, affectsGateway: true, affectsPosture: true, scope: "integrations:manage",
  summary: "Record a new value for a secret (re-encrypted; the value is never returned)",
  params: ZSecretParams, body: ZRotateSecretRequest, response: ZSecretResponse,
});

export const updateSecretPolicyEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/integrations/{id}/secrets/{secretId}", tag, affectsPosture: true, scope: "integrations:manage",
  summary: "Change a secret's rotation policy (days between rotations)",
  params: ZSecretParams, body: ZUpdateSecretPolicyRequest, response: ZSecretResponse,
});

export const listSecretRotationEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/integrations/rotation", tag, scope: "integrations:read",
  summary: "Every secret of the organization with its rotation deadline and status, overdue first",
  response: ZRotationResponse,
});
