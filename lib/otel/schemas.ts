import { z } from "zod";

export const OTLP_CONTENT_TYPES = ["application/json", "application/x-protobuf"] as const;

/** ExportTraceServiceResponse in OTLP/JSON: empty, or partialSuccess when spans were rejected. */
export const ZExportTraceResponse = z
  .object({ partialSuccess: z.object({ rejectedSpans: z.number().int().min(0), errorMessage: z.string() }).strict().optional() })
  .strict();
