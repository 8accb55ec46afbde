// Endpoint contracts of this domain (see lib/api/endpoint.ts); every export is added to the OpenAPI document.
import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  ZCatalogOptionsResponse, ZCreateDataSourceRequest, ZCreateDatasetLinkRequest, ZCreateDatasetRequest, ZDataSourceResponse,
  ZDatasetDetailResponse, ZDatasetLinkParams, ZDatasetLinkResponse, ZDatasetResponse, ZListDataSourcesResponse, ZListDatasetsQuery,
  ZListDatasetsResponse, ZReachabilityResponse, ZUpdateDataSourceRequest, ZUpdateDatasetRequest,
} from "./schemas";

const tag = "Data catalog";

export const listDataSourcesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/data-sources", tag, scope: "catalog:read",
  summary: "List data sources (Drive, Confluence, databases, buckets…) with their dataset counts", response: ZListDataSourcesResponse,
});

export const createDataSourceEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/data-sources", tag, affectsPosture: true, scope: "catalog:manage", successStatus: 201,
  summary: "Register a data source, optionally bound to an integration of this organization",
  body: ZCreateDataSourceRequest, response: ZDataSourceResponse,
});

export const getDataSourceEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/data-sources/{id}", tag, scope: "catalog:read",
  summary: "One data source", params: ZIdParams, response: ZDataSourceResponse,
});

export const updateDataSourceEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/data-sources/{id}", tag, affectsPosture: true, scope: "catalog:manage",
  summary: "Change a data source", params: ZIdParams, body: ZUpdateDataSourceRequest, response: ZDataSourceResponse,
});

export const deleteDataSourceEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/data-sources/{id}", tag, affectsPosture: true, scope: "catalog:manage",
  summary: "Delete a data source (its datasets stay, without a source)", params: ZIdParams, response: ZOk,
});

export const listDatasetsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/datasets", tag, scope: "catalog:read",
  summary: "List datasets, filtered by classification, source, data category or text (`q` matches name, owner, location)",
  query: ZListDatasetsQuery, response: ZListDatasetsResponse,
});

export const createDatasetEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/datasets", tag, affectsPosture: true, scope: "catalog:manage", successStatus: 201,
  summary: "Catalog a dataset with its classification and data categories", body: ZCreateDatasetRequest, response: ZDatasetResponse,
});

export const getDatasetEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/datasets/{id}", tag, scope: "catalog:read",
  summary: "One dataset with its app links and the app data stores that hold it", params: ZIdParams, response: ZDatasetDetailResponse,
});

export const updateDatasetEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/datasets/{id}", tag, affectsPosture: true, scope: "catalog:manage",
  summary: "Change a dataset (e.g. reclassify it)", params: ZIdParams, body: ZUpdateDatasetRequest, response: ZDatasetResponse,
});

export const deleteDatasetEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/datasets/{id}", tag, affectsPosture: true, scope: "catalog:manage",
  summary: "Delete a dataset and its app links", params: ZIdParams, response: ZOk,
});

export const createDatasetLinkEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/datasets/{id}/links", tag, affectsPosture: true, scope: "catalog:manage", successStatus: 201,
  summary: "Record that an app reads this dataset, and how (RAG index, tool, fine-tuning, prompt context)",
  params: ZIdParams, body: ZCreateDatasetLinkRequest, response: ZDatasetLinkResponse,
});

export const deleteDatasetLinkEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/datasets/{id}/links/{linkId}", tag, affectsPosture: true, scope: "catalog:manage",
  summary: "Remove an app's link to this dataset", params: ZDatasetLinkParams, response: ZOk,
});

export const getReachabilityEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/catalog/reachability", tag, scope: "catalog:read",
  summary: "For each restricted or confidential dataset: the apps that reach it and the model providers they send data to, with risky paths flagged",
  response: ZReachabilityResponse,
});

export const getCatalogOptionsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/catalog/options", tag, scope: "catalog:read",
  summary: "Apps and integrations to choose from in the catalog forms", response: ZCatalogOptionsResponse,
});
