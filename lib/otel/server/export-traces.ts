// OTLP/HTTP trace export (POST /v1/traces): the GenAI spans of the batch are stored as an ingest file (source
// "otlp") and processed at once, like a small JSON push, then answered as the OTLP spec says: 200 with
// partialSuccess when spans were rejected, else 200 with an empty message, in the request's encoding.
import { Readable } from "node:stream";
import { processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { RawBody } from "@/lib/server/route";
import { decodeExportTraceRequest, encodeExportTraceResponse, ProtobufError } from "../protobuf";
import { genAiSpanLines } from "../spans";
import { readOtlpBody } from "./read-body";

type PartialSuccess = { rejectedSpans: number; errorMessage: string };

function decode(body: Buffer, contentType: string): unknown {
  if (contentType === "application/x-protobuf") {
    try {
      return decodeExportTraceRequest(body);
    } catch (error) {
      if (error instanceof ProtobufError) throw new AppError("BAD_REQUEST", `Not an OTLP ExportTraceServiceRequest: ${error.message}`);
      throw error;
    }
  }
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "Malformed JSON body");
  }
}

async function ingest(ctx: Ctx, lines: string[]): Promise<PartialSuccess | null> {
  const file = await storeUpload({
    orgId: ctx.orgId, source: "otlp", fileName: `otlp-traces-${new Date().toISOString()}.jsonl`, body: Readable.from([Buffer.from(`${lines.join("\n")}\n`)]), via: "API", enqueue: false,
    createdById: ctx.principal.kind === "user" ? ctx.principal.userId : null, apiKeyId: ctx.principal.kind === "api-key" ? ctx.principal.apiKeyId : null,
  });
  await processIngestFile({ orgId: ctx.orgId, fileId: file.id });
  const [ledger, reasons] = await Promise.all([
    db.ingestFile.findFirstOrThrow({ where: { id: file.id, orgId: ctx.orgId }, select: { stored: true, duplicates: true, rejected: true } }),
    db.ingestRejection.groupBy({ by: ["reason", "detail"], where: { fileId: file.id, orgId: ctx.orgId }, _count: { _all: true }, orderBy: { _count: { reason: "desc" } }, take: 5 }),
  ]);
  await db.$transaction((tx) => writeAudit(tx, ctx, { action: "ingest.otlp_traces_received", resourceType: "ingest_file", resourceId: file.id, summary: { spans: lines.length, ...ledger } }));
  if (ledger.rejected === 0) return null;
  const why = reasons.map((r) => `${r.reason}${r.detail ? ` (${r.detail})` : ""} ×${r._count._all}`).join(", ");
  return { rejectedSpans: ledger.rejected, errorMessage: `${ledger.rejected} span(s) rejected: ${why}. See ingest file ${file.id}.`.slice(0, 1000) };
}

export async function exportTraces({ ctx, raw }: { ctx: Ctx; raw: RawBody }): Promise<{ partialSuccess?: PartialSuccess } | Response> {
  const body = await readOtlpBody(raw.stream, raw.headers.get("content-encoding"));
  const spans = genAiSpanLines(decode(body, raw.contentType));
  if (!spans) throw new AppError("BAD_REQUEST", "Send an OTLP ExportTraceServiceRequest: {\"resourceSpans\": [...]}");
  const partial = spans.lines.length ? await ingest(ctx, spans.lines) : null;
  if (raw.contentType === "application/x-protobuf") {
    return new Response(encodeExportTraceResponse(partial), { status: 200, headers: { "content-type": "application/x-protobuf" } });
  }
  return partial ? { partialSuccess: partial } : {};
}
