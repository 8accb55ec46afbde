// Endpoint contracts of the findings workflow (see lib/api/endpoint.ts).
import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  ZAddCommentRequest, ZBulkChangeRequest, ZBulkChangeResponse, ZCommentResponse, ZCountersQuery, ZCreateFindingRequest, ZCreateSavedViewRequest,
  ZFindingChange, ZFindingCounters, ZFindingResponse, ZListFindingsQuery, ZListFindingsResponse, ZListSavedViewsResponse, ZSavedViewResponse,
  ZSlaSettings, ZSlaSettingsResponse,
} from "./schemas";

const tag = "Findings";

export const listFindingsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/findings", tag, scope: "findings:read",
  summary: "Findings of every source, filtered by severity, status, source (comma lists), app (id or none), assignee (id, me, none), tag, SLA state and text; sorted by last_seen, first_seen, severity or sla; keyset pagination with `cursor`",
  query: ZListFindingsQuery, response: ZListFindingsResponse,
});

export const createFindingEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/findings", tag, affectsPosture: true, scope: "findings:triage", successStatus: 201,
  summary: "Record a finding by hand (source MANUAL)", body: ZCreateFindingRequest, response: ZFindingResponse,
});

export const findingCountersEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/findings/counters", tag, scope: "findings:read",
  summary: "Counts by severity (active findings), by status, and overdue, for the same filters as the list (severity and status ignored)",
  query: ZCountersQuery, response: ZFindingCounters,
});

export const getFindingEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/findings/{id}", tag, scope: "findings:read",
  summary: "One finding: redacted evidence, where it was seen (linked events, records and imports), history, comments and the statuses it may move to",
  params: ZIdParams, response: ZFindingResponse,
});

export const updateFindingEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/findings/{id}", tag, affectsPosture: true, scope: "findings:triage",
  summary: "Triage: change status (risk acceptance needs riskJustification and riskAcceptedUntil), assignee or severity, with an optional note",
  params: ZIdParams, body: ZFindingChange, response: ZFindingResponse,
});

export const bulkUpdateFindingsEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/findings/bulk", tag, affectsPosture: true, scope: "findings:triage",
  summary: "The same triage change to up to 500 findings; each is checked on its own and refusals are listed in `failed`",
  body: ZBulkChangeRequest, response: ZBulkChangeResponse,
});

export const addFindingCommentEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/findings/{id}/comments", tag, scope: "findings:triage", successStatus: 201,
  summary: "Comment on a finding", params: ZIdParams, body: ZAddCommentRequest, response: ZCommentResponse,
});

export const listSavedViewsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/findings/views", tag, scope: "findings:read",
  summary: "Your saved findings views and those shared with the organization", response: ZListSavedViewsResponse,
});

export const createSavedViewEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/findings/views", tag, scope: "findings:read", successStatus: 201,
  summary: "Save the current findings filters (the list's query string) under a name, optionally shared", body: ZCreateSavedViewRequest, response: ZSavedViewResponse,
});

export const deleteSavedViewEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/findings/views/{id}", tag, scope: "findings:read",
  summary: "Delete one of your saved views", params: ZIdParams, response: ZOk,
});

export const getSlaSettingsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/findings/sla", tag, scope: "findings:read",
  summary: "Days to fix a finding per severity (null: no SLA)", response: ZSlaSettingsResponse,
});

export const updateSlaSettingsEndpoint = defineEndpoint({
  method: "PUT", path: "/api/v1/findings/sla", tag, affectsPosture: true, scope: "settings:manage",
  summary: "Change the days per severity; due dates of active findings are recomputed", body: ZSlaSettings, response: ZSlaSettingsResponse,
});
