// Endpoint contracts of the pull connectors (see lib/api/endpoint.ts).
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZConnectorParams, ZListConnectorsResponse, ZPullResponse } from "./schemas";

const tag = "Connectors";

export const listConnectorsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/connectors", tag, scope: "ingestion:read",
  summary: "Integrations whose logs can be pulled (OpenAI audit logs, Anthropic usage reports) with their pull state",
  response: ZListConnectorsResponse,
});

export const runPullEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/connectors/{id}/pull", tag, scope: "ingestion:write",
  summary: "Pull now: fetches every page since the saved cursor with the integration's admin key, stores and ingests it, and answers with the ledger of the stored files",
  params: ZConnectorParams, response: ZPullResponse,
});
