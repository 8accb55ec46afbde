// Endpoint contracts of the OpenTelemetry (OTLP/HTTP) receiver (see lib/api/endpoint.ts).
import { defineEndpoint } from "@/lib/api/endpoint";
import { OTLP_CONTENT_TYPES, ZExportTraceResponse } from "./schemas";

export const exportTracesEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/otel/v1/traces", tag: "OpenTelemetry", scope: "ingestion:write",
  summary:
    "OTLP/HTTP trace export (OTLP/JSON or protobuf, optionally gzip): spans with gen_ai.* attributes become LLM events (DLP-redacted); other spans are accepted and dropped. " +
    "Point an exporter at this URL with `Authorization: Bearer lsk_…`. Answers 200 with partialSuccess when spans were rejected (protobuf requests get a protobuf answer).",
  rawBody: { contentTypes: OTLP_CONTENT_TYPES }, response: ZExportTraceResponse,
});
