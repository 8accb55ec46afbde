// Endpoint contracts of SAST/SCA imports (see lib/api/endpoint.ts).
import { defineEndpoint } from "@/lib/api/endpoint";
import { IMPORT_CONTENT_TYPES, ZImportResponse, ZImportUploadQuery, ZListImportsQuery, ZListImportsResponse } from "./schemas";

const tag = "Imports";

export const createImportEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/imports", tag, affectsPosture: true, scope: "scans:run", successStatus: 201,
  summary: "Import one SARIF 2.1.0 or CycloneDX (1.4–1.7, with vulnerabilities) JSON file, up to 50 MB, as the raw body, into findings of the app `appId`: deduplicated by fingerprint; results the same tool no longer reports are resolved, resolved ones that reappear reopen",
  query: ZImportUploadQuery, rawBody: { contentTypes: IMPORT_CONTENT_TYPES }, response: ZImportResponse,
});

export const listImportsEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/imports", tag, scope: "findings:read",
  summary: "Recent imports, newest first, optionally of one app (keyset pagination by `cursor`)", query: ZListImportsQuery, response: ZListImportsResponse,
});
