// Endpoint contracts of the events explorer and the usage charts (see lib/api/endpoint.ts).
import { ZIdParams } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  ZCloudEventResponse, ZEventFacets, ZEventFacetsQuery, ZListCloudEventsQuery, ZListCloudEventsResponse, ZListLlmEventsQuery,
  ZListLlmEventsResponse, ZLlmEventResponse, ZUsageQuery, ZUsageResponse,
} from "./schemas";

const tag = "Events";

export const listLlmEventsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/events/llm", tag, scope: "ingestion:read",
  summary: "LLM calls and usage records, newest first (default: the last 7 days), filtered by app (or unmapped=true for shadow AI), provider, model, principal, operation and hasFindings; keyset pagination with `cursor`",
  query: ZListLlmEventsQuery, response: ZListLlmEventsResponse,
});

export const getLlmEventEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/events/llm/{id}", tag, scope: "ingestion:read",
  summary: "One LLM event: the DLP-redacted prompt and completion, identity, trace ids, the stored raw record and its DLP findings",
  params: ZIdParams, response: ZLlmEventResponse,
});

export const listCloudEventsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/events/cloud", tag, scope: "ingestion:read",
  summary: "Cloud and AI-platform audit events, newest first (default: the last 7 days), filtered by provider, principal, service, action and outcome; keyset pagination with `cursor`",
  query: ZListCloudEventsQuery, response: ZListCloudEventsResponse,
});

export const getCloudEventEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/events/cloud/{id}", tag, scope: "ingestion:read",
  summary: "One cloud audit event with its stored raw record", params: ZIdParams, response: ZCloudEventResponse,
});

export const listEventFacetsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/events/facets", tag, scope: "ingestion:read",
  summary: "Choices for the event filters: the organization's apps and the providers, models and operations seen in the window (default: 30 days)",
  query: ZEventFacetsQuery, response: ZEventFacets,
});

export const getUsageEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/usage", tag: "Usage & cost", scope: "reports:read",
  summary: "Tokens, cost and requests per day or hour, grouped by app (unmapped events as shadow AI), model or provider, with totals per group",
  query: ZUsageQuery, response: ZUsageResponse,
});
