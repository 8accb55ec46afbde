import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  ZCreateCustomRuleRequest, ZCustomRuleResponse, ZDetectorCatalogResponse, ZListCustomRulesResponse, ZListPoliciesResponse,
  ZPolicyResponse, ZPolicySettings, ZTestCustomRuleRequest, ZTestCustomRuleResponse, ZUpdateCustomRuleRequest,
} from "./policy-schemas";
import { ZAddSamplesRequest, ZAddSamplesResponse, ZDatasetFindingsResponse, ZListSamplesResponse, ZScanRunResponse } from "./scan-schemas";
import { DLP_MAX_BODY_BYTES, ZRedactRequest, ZRedactResponse, ZScanRequest, ZScanResponse } from "./schemas";

const tag = "DLP";

export const scanTextEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/dlp/scan", tag, scope: "dlp:scan", maxBodyBytes: DLP_MAX_BODY_BYTES,
  summary: "Scan text for PII, secrets, prompt injection and unsafe content (body up to 1 MiB)",
  body: ZScanRequest, response: ZScanResponse,
});

export const redactTextEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/dlp/redact", tag, scope: "dlp:scan", maxBodyBytes: DLP_MAX_BODY_BYTES,
  summary: "Scan text and return it with findings replaced, redacted, masked or hashed (body up to 1 MiB)",
  body: ZRedactRequest, response: ZRedactResponse,
});

export const detectorCatalogEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/dlp/detectors", tag, scope: "dlp:read",
  summary: "Every detector with the entity types and rule ids it reports and their OWASP LLM / ATLAS / NIST tags", response: ZDetectorCatalogResponse,
});

export const listDlpPoliciesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/dlp/policies", tag, scope: "dlp:read",
  summary: "The org-wide default policy and each app's own policy (null when it inherits the default)", response: ZListPoliciesResponse,
});

export const saveOrgDlpPolicyEndpoint = defineEndpoint({
  method: "PUT", path: "/api/v1/dlp/policies/default", affectsGateway: true, tag, affectsPosture: true, scope: "dlp:configure",
  summary: "Set the org-wide default: detectors, thresholds, disabled types, action (alert, redact, block) and redaction operator",
  body: ZPolicySettings, response: ZPolicyResponse,
});

export const saveAppDlpPolicyEndpoint = defineEndpoint({
  method: "PUT", path: "/api/v1/dlp/policies/apps/{id}", affectsGateway: true, tag, affectsPosture: true, scope: "dlp:configure",
  summary: "Give an app its own policy", params: ZIdParams, body: ZPolicySettings, response: ZPolicyResponse,
});

export const deleteAppDlpPolicyEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/dlp/policies/apps/{id}", affectsGateway: true, tag, affectsPosture: true, scope: "dlp:configure",
  summary: "Remove an app's own policy; returns the org default it now inherits", params: ZIdParams, response: ZPolicyResponse,
});

export const listCustomRulesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/dlp/rules", tag, scope: "dlp:read", summary: "The organization's custom rules", response: ZListCustomRulesResponse,
});

export const createCustomRuleEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/dlp/rules", affectsGateway: true, tag, scope: "dlp:configure", successStatus: 201,
  summary: "Add a custom rule (regex + keywords + optional checksum); a pattern that can backtrack catastrophically is refused",
  body: ZCreateCustomRuleRequest, response: ZCustomRuleResponse,
});

export const updateCustomRuleEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/dlp/rules/{id}", affectsGateway: true, tag, scope: "dlp:configure",
  summary: "Change a custom rule", params: ZIdParams, body: ZUpdateCustomRuleRequest, response: ZCustomRuleResponse,
});

export const deleteCustomRuleEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/dlp/rules/{id}", affectsGateway: true, tag, scope: "dlp:configure", summary: "Delete a custom rule", params: ZIdParams, response: ZOk,
});

export const testCustomRuleEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/dlp/rule-tests", tag, scope: "dlp:configure",
  summary: "Try a pattern on pasted text: the matches and whether the pattern would be accepted", body: ZTestCustomRuleRequest, response: ZTestCustomRuleResponse,
});

export const listDatasetSamplesEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/datasets/{id}/samples", tag, scope: "catalog:read",
  summary: "A dataset's stored samples (labels and sizes, never content) and its latest DLP scan", params: ZIdParams, response: ZListSamplesResponse,
});

export const addDatasetSamplesEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/datasets/{id}/samples", tag, scope: "catalog:manage", successStatus: 201,
  summary: "Store text samples of a dataset for DLP classification (up to 200 per request, 64 KiB each, body up to 1 MiB)",
  params: ZIdParams, body: ZAddSamplesRequest, response: ZAddSamplesResponse,
});

export const startDatasetScanEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/datasets/{id}/dlp-scans", tag, scope: "scans:run", successStatus: 202,
  summary: "Scan every sample of the dataset on the dlp-scan queue (returns the running scan if one is in progress)",
  params: ZIdParams, response: ZScanRunResponse,
});

export const getDlpScanEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/dlp/scans/{id}", tag, scope: "catalog:read", summary: "Progress of a DLP scan run", params: ZIdParams, response: ZScanRunResponse,
});

export const listDatasetFindingsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/datasets/{id}/dlp-findings", tag, scope: "findings:read",
  summary: "DLP findings of a dataset, totals per type, and the classification they call for", params: ZIdParams, response: ZDatasetFindingsResponse,
});
