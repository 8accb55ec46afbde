// Endpoint contracts of this domain (see lib/api/endpoint.ts); every export is added to the OpenAPI document.
import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZListAppsQuery, ZListAppsResponse } from "./list-schemas";
import {
  ZAppOptions, ZAppResponse, ZCreateAppRequest, ZDataStoreInput, ZDataStoreParams, ZDataStoreResponse, ZModelUsageInput,
  ZModelUsageParams, ZModelUsageResponse, ZUpdateAppRequest,
} from "./schemas";

const tag = "Apps";

export const listAppsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/apps", tag, scope: "apps:read",
  summary: "List LLM apps: search `q`, filter by owner, lifecycle, provider and exposure, sort, paginate with `cursor` or `page` (with the total)",
  query: ZListAppsQuery, response: ZListAppsResponse,
});

export const createAppEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/apps", tag, affectsPosture: true, scope: "apps:manage", successStatus: 201,
  summary: "Register an LLM app, optionally with its model usages and data stores",
  body: ZCreateAppRequest, response: ZAppResponse,
});

export const getAppOptionsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/apps/options", tag, scope: "apps:read",
  summary: "Choices for the app forms: members (owners), LLM provider credentials and catalog datasets",
  response: ZAppOptions,
});

export const getAppEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/apps/{id}", tag, scope: "apps:read",
  summary: "One app with its model usages, data stores and linked datasets (with their classification)",
  params: ZIdParams, response: ZAppResponse,
});

export const updateAppEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/apps/{id}", tag, affectsPosture: true, scope: "apps:manage",
  summary: "Change an app's fields", params: ZIdParams, body: ZUpdateAppRequest, response: ZAppResponse,
});

export const deleteAppEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/apps/{id}", tag, affectsPosture: true, scope: "apps:manage",
  summary: "Delete an app with its model usages, data stores and dataset links", params: ZIdParams, response: ZOk,
});

export const addModelUsageEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/apps/{id}/model-usages", tag, affectsPosture: true, scope: "apps:manage", successStatus: 201,
  summary: "Record that the app calls a model (provider, model id, purpose, credential, gateway)",
  params: ZIdParams, body: ZModelUsageInput, response: ZModelUsageResponse,
});

export const removeModelUsageEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/apps/{id}/model-usages/{usageId}", tag, affectsPosture: true, scope: "apps:manage",
  summary: "Remove a model usage from the app", params: ZModelUsageParams, response: ZOk,
});

export const addDataStoreEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/apps/{id}/data-stores", tag, affectsPosture: true, scope: "apps:manage", successStatus: 201,
  summary: "Record a data store the app reads or writes, optionally tied to a catalog dataset",
  params: ZIdParams, body: ZDataStoreInput, response: ZDataStoreResponse,
});

export const removeDataStoreEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/apps/{id}/data-stores/{storeId}", tag, affectsPosture: true, scope: "apps:manage",
  summary: "Remove a data store from the app", params: ZDataStoreParams, response: ZOk,
});
