// OTLP trace batches → the NDJSON the ingest pipeline reads (pure). Only spans with gen_ai.* attributes are kept:
// the endpoint is for GenAI telemetry, and other spans (HTTP, DB, …) are accepted and dropped rather than stored.
import type { JsonObject, JsonValue } from "@/lib/ingest/types";

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);

const hasGenAiAttribute = (span: JsonObject) => list(span.attributes).some((kv) => isObject(kv) && typeof kv.key === "string" && kv.key.startsWith("gen_ai."));

export type SpanLines = { total: number; kept: number; lines: string[] };

/**
 * One line per GenAI span, each a complete one-span batch {resourceSpans:[{resource, scopeSpans:[{scope, spans:[span]}]}]}
 * so the ledger counts spans and a rejection points at its span. Null when the body is not an OTLP trace batch.
 */
export function genAiSpanLines(batch: unknown): SpanLines | null {
  if (!isObject(batch) || (batch.resourceSpans !== undefined && !Array.isArray(batch.resourceSpans))) return null;
  const out: SpanLines = { total: 0, kept: 0, lines: [] };
  for (const rs of list(batch.resourceSpans)) {
    if (!isObject(rs)) continue;
    for (const ss of [...list(rs.scopeSpans), ...list(rs.instrumentationLibrarySpans)]) {
      if (!isObject(ss)) continue;
      for (const span of list(ss.spans)) {
        out.total++;
        if (!isObject(span) || !hasGenAiAttribute(span)) continue;
        out.kept++;
        const one = { resource: rs.resource ?? { attributes: [] }, scopeSpans: [{ scope: ss.scope ?? ss.instrumentationLibrary ?? {}, spans: [span] }] };
        out.lines.push(JSON.stringify({ resourceSpans: [one] }));
      }
    }
  }
  return out;
}
