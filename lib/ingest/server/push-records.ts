import { Readable } from "node:stream";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { RawBody } from "@/lib/server/route";
import type { SourceType } from "../types";
import { processIngestFile } from "./process-ingest-file";
import { uploadFile } from "./upload-file";
import { storeUpload } from "./store-upload";
import { writeAudit } from "@/lib/server/audit";

/** Up to this size a JSON body (one record or an array of records) is processed within the request (207). */
export const SYNC_PUSH_MAX_BYTES = 1_048_576;

/**
 * Push API. A JSON body up to 1 MiB is stored, processed at once and answered 207 with the ledger and
 * per-record errors; anything else (NDJSON, gzip, bigger bodies) is stored and queued: 202 with the id.
 */
/** Reads up to `cap` bytes; returns them all when the body fits, else the prefix read so far and the rest unread. */
async function readUpTo(stream: ReadableStream<Uint8Array>, cap: number) {
  const reader = stream.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { whole: Buffer.concat(chunks) };
    chunks.push(Buffer.from(value));
    size += value.byteLength;
    if (size > cap) {
      const rest = (async function* () {
        yield* chunks;
        for (let r = await reader.read(); !r.done; r = await reader.read()) yield Buffer.from(r.value);
      })();
      return { rest };
    }
  }
}

export async function pushRecords({ ctx, raw, source }: { ctx: Ctx; raw: RawBody; source: SourceType | "auto" }) {
  const small = raw.contentType === "application/json" && (raw.contentLength === null || raw.contentLength <= SYNC_PUSH_MAX_BYTES) ? await readUpTo(raw.stream, SYNC_PUSH_MAX_BYTES) : null;
  if (!small?.whole) {
    const file = await uploadFile({ ctx, body: small?.rest ?? raw.stream, source, fileName: `push-${new Date().toISOString()}.jsonl`, via: "API" });
    return { status: 202 as const, body: { ingestionId: file.id, status: file.status } };
  }
  const file = await storeUpload({
    orgId: ctx.orgId, source, fileName: `push-${new Date().toISOString()}.json`, body: Readable.from([small.whole]), via: "API", enqueue: false,
    createdById: ctx.principal.kind === "user" ? ctx.principal.userId : null, apiKeyId: ctx.principal.kind === "api-key" ? ctx.principal.apiKeyId : null,
  });
  await processIngestFile({ orgId: ctx.orgId, fileId: file.id });
  const [done, errors] = await Promise.all([
    db.ingestFile.findFirstOrThrow({ where: { id: file.id, orgId: ctx.orgId }, select: { status: true, lines: true, stored: true, duplicates: true, rejected: true } }),
    db.ingestRejection.findMany({ where: { fileId: file.id, orgId: ctx.orgId }, orderBy: [{ lineNumber: "asc" }, { recordIndex: "asc" }], take: 1000, select: { lineNumber: true, recordIndex: true, reason: true, detail: true } }),
  ]);
  await db.$transaction((tx) => writeAudit(tx, ctx, { action: "ingest.records_pushed", resourceType: "ingest_file", resourceId: file.id, summary: { source, stored: done.stored, rejected: done.rejected } }));
  const { status, ...ledger } = done;
  return { status: 207 as const, body: { ingestionId: file.id, status, ledger, errors: errors.map((e) => ({ ...e, reason: e.reason as never })) } };
}
