import { z } from "zod";
import { ZIdParams } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZAuditEventParams, ZAuditEventResponse, ZAuditExportResponse, ZAuditFilters, ZListAuditEventsQuery, ZListAuditEventsResponse } from "./schemas";

const tag = "Audit log";

export const listAuditEventsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/audit-events", tag, scope: "audit:read",
  summary: "List audit events, newest first (keyset pagination with `cursor`)",
  query: ZListAuditEventsQuery, response: ZListAuditEventsResponse,
});

export const getAuditEventEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/audit-events/{id}", tag, scope: "audit:read",
  summary: "One audit event", params: ZAuditEventParams, response: ZAuditEventResponse,
});

export const createAuditExportEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/audit-exports", tag, scope: "audit:export", successStatus: 201,
  summary: "Start a CSV export of the audit log (runs in the worker)", body: ZAuditFilters, response: ZAuditExportResponse,
});

export const getAuditExportEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/audit-exports/{id}", tag, scope: "audit:export",
  summary: "Status and progress of an audit export", params: ZIdParams, response: ZAuditExportResponse,
});

export const downloadAuditExportEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/audit-exports/{id}/download", tag, scope: "audit:export",
  summary: "Download a finished audit export as CSV", params: ZIdParams, response: z.string(), produces: "text/csv",
});
