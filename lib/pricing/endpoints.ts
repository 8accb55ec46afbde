// Endpoint contracts of model prices (see lib/api/endpoint.ts). Built-in prices live in lib/pricing/catalog.ts
// and are read-only; an organization overrides them with its own rows.
import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZCreateModelPriceRequest, ZListModelPricesResponse, ZModelPriceResponse, ZUpdateModelPriceRequest } from "./schemas";

const tag = "Model prices";

export const listModelPricesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/model-prices", tag, scope: "reports:read",
  summary: "Model prices in USD per million tokens: the built-in catalog and the organization's overrides, each marked with its origin",
  response: ZListModelPricesResponse,
});

export const createModelPriceEndpoint = defineEndpoint({
  method: "POST", affectsGateway: true, path: "/api/v1/model-prices", tag, scope: "settings:manage", successStatus: 201,
  summary: "Add an organization price for a provider's model from a date on; it overrides the built-in price from that day",
  body: ZCreateModelPriceRequest, response: ZModelPriceResponse,
});

export const updateModelPriceEndpoint = defineEndpoint({
  method: "PATCH", affectsGateway: true, path: "/api/v1/model-prices/{id}", tag, scope: "settings:manage",
  summary: "Change an organization price (built-in prices cannot be edited, only overridden)", params: ZIdParams, body: ZUpdateModelPriceRequest, response: ZModelPriceResponse,
});

export const deleteModelPriceEndpoint = defineEndpoint({
  method: "DELETE", affectsGateway: true, path: "/api/v1/model-prices/{id}", tag, scope: "settings:manage",
  summary: "Delete an organization price; the built-in price applies again", params: ZIdParams, response: ZOk,
});
