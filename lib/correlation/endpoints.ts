// Endpoint contracts of the correlation detections (see lib/api/endpoint.ts).
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZListCorrelationRunsQuery, ZListCorrelationRunsResponse } from "./schemas";

export const listCorrelationRunsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/correlations/runs", tag: "Findings", scope: "findings:read",
  summary: "The correlation rules with their thresholds, active findings and most recent runs (window, matched, created), newest first",
  query: ZListCorrelationRunsQuery, response: ZListCorrelationRunsResponse,
});
