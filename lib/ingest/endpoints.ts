// Endpoint contracts of ingestion (see lib/api/endpoint.ts).
import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  UPLOAD_CONTENT_TYPES, ZCreateMappingRuleRequest, ZCreateMappingRuleResponse, ZIngestFileResponse, ZListMappingRulesResponse, ZListIngestFilesQuery, ZListIngestFilesResponse, ZListRejectionsResponse, ZPushParams, ZPushResponse, ZUploadQuery,
} from "./schemas";

const tag = "Ingestion";

export const uploadFileEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/ingest/uploads", tag, scope: "ingestion:write", successStatus: 202,
  summary: "Upload one log file (NDJSON, JSON, or gzip of either) as the raw body; it is stored, then processed on the worker",
  query: ZUploadQuery, rawBody: { contentTypes: UPLOAD_CONTENT_TYPES }, response: ZIngestFileResponse,
});

export const pushRecordsEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/ingest/{source}", tag, scope: "ingestion:write", successStatus: 202,
  summary: "Push records of a source (or auto): a JSON body up to 1 MiB is processed at once and answered 207 with per-record errors; NDJSON or gzip bodies are queued (202)",
  params: ZPushParams, rawBody: { contentTypes: UPLOAD_CONTENT_TYPES }, response: ZPushResponse,
});

export const listIngestFilesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/ingest/files", tag, scope: "ingestion:read",
  summary: "Ingested files, newest first, with their ledgers (keyset pagination by `cursor`)", query: ZListIngestFilesQuery, response: ZListIngestFilesResponse,
});

export const getIngestFileEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/ingest/files/{id}", tag, scope: "ingestion:read",
  summary: "One ingested file: status, progress and ledger (lines = stored + duplicates + rejected)", params: ZIdParams, response: ZIngestFileResponse,
});

export const listRejectionsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/ingest/files/{id}/rejections", tag, scope: "ingestion:read",
  summary: "The quarantine of a file: line number, reason code and the first bytes of each rejected record", params: ZIdParams, response: ZListRejectionsResponse,
});

export const listMappingRulesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/ingest/mapping-rules", tag, scope: "ingestion:read",
  summary: "Rules that map events to registered apps by API key id, project, deployment, principal, model or source IP (first match by priority)",
  response: ZListMappingRulesResponse,
});

export const createMappingRuleEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/ingest/mapping-rules", tag, scope: "apps:manage", successStatus: 201,
  summary: "Add a mapping rule; by default also maps the unmapped past events it matches", body: ZCreateMappingRuleRequest, response: ZCreateMappingRuleResponse,
});

export const deleteMappingRuleEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/ingest/mapping-rules/{id}", tag, scope: "apps:manage", summary: "Delete a mapping rule (mapped events keep their app)", params: ZIdParams, response: ZOk,
});
