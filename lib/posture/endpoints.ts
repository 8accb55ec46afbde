// Endpoint contracts of posture scoring (see lib/api/endpoint.ts).
import { z } from "zod";
import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZAppScorecard, ZAttestation, ZAttestRequest, ZControlCatalog, ZPostureRuns, ZPostureSummary, ZPostureTrend, ZRecomputeResponse, ZTrendQuery } from "./schemas";

const tag = "Posture";

export const getPostureEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/posture", tag, scope: "posture:read",
  summary: "The org's posture: org score, family scores, control results, top failing controls and every app's score with its failing control ids",
  response: ZPostureSummary,
});

export const listControlsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/posture/controls", tag, scope: "posture:read",
  summary: "The LLMSecOps control catalog with its framework mappings (OWASP LLM Top 10 2025, NIST AI RMF, NIST AI 600-1, MITRE ATLAS) and how the org's apps stand on each",
  response: ZControlCatalog,
});

export const getAppScorecardEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/posture/apps/{id}", tag, scope: "posture:read",
  summary: "One app's scorecard: each control's status, evidence, attestation and posture finding, and the app's score over the last 90 days",
  params: ZIdParams, response: ZAppScorecard,
});

export const getPostureTrendEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/posture/trend", tag, scope: "posture:read",
  summary: "Daily snapshots: org and family scores, control results, active findings by severity and SLA compliance",
  query: ZTrendQuery, response: ZPostureTrend,
});

export const attestControlEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/posture/attestations", tag, scope: "posture:attest", successStatus: 201,
  summary: "Attest a manual control for an app (status, evidence, optional link; valid for the control's period unless validDays is given); replaces the previous attestation",
  body: ZAttestRequest, response: ZAttestation,
});

export const deleteAttestationEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/posture/attestations/{id}", tag, scope: "posture:attest",
  summary: "Withdraw an attestation (the control needs a new one)", params: ZIdParams, response: ZOk,
});

export const recomputePostureEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/posture/recompute", tag, scope: "scans:run", successStatus: 202,
  summary: "Queue a recompute of every app's posture now", response: ZRecomputeResponse,
});

export const listPostureRunsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/posture/runs", tag, scope: "posture:read",
  summary: "The latest posture recomputes: trigger, apps, changes and duration", response: ZPostureRuns,
});

export const exportPostureCsvEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/posture/export.csv", tag, scope: "reports:read",
  summary: "Every app × control result as CSV (app, criticality, score, control, family, severity, status, evidence, frameworks)",
  response: z.string(), produces: "text/csv",
});

export const exportPosturePdfEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/posture/report.pdf", tag, scope: "reports:read",
  summary: "The posture report as PDF (org score and trend, families, apps, top failing controls, findings and SLA), printed on the server by headless Chromium",
  response: z.string(), produces: "application/pdf",
});
