import { defineEndpoint } from "@/lib/api/endpoint";
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
