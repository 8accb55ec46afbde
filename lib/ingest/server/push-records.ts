import { Readable } from "node:stream";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryRows } from "@/lib/server/pg-pool";
import type { Ctx } from "@/lib/server/principal";
import type { RawBody } from "@/lib/server/route";
import type { SourceType } from "../types";
import { processIngestFile } from "./process-ingest-file";
import { uploadFile } from "./upload-file";
import { storeUpload } from "./store-upload";
import { auditInsertSql } from "@/lib/server/audit";

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
  // Plain SQL through the pg pool: this runs on every push, and Prisma's compile of each query cost more than it.
  const [[done], errors] = await Promise.all([
    queryRows<{ status: "STORED" | "PROCESSING" | "DONE" | "FAILED"; lines: number; stored: number; duplicates: number; rejected: number }>(Prisma.sql`
      SELECT status::text AS status, lines, stored, duplicates, rejected FROM ingest_files WHERE id = ${file.id}::uuid AND org_id = ${ctx.orgId}::uuid`),
    queryRows<{ lineNumber: number; recordIndex: number; reason: string; detail: string | null }>(Prisma.sql`
      SELECT line_number AS "lineNumber", record_index AS "recordIndex", reason, detail FROM ingest_rejections
      WHERE file_id = ${file.id}::uuid AND org_id = ${ctx.orgId}::uuid ORDER BY line_number, record_index LIMIT 1000`),
  ]);
  if (!done) throw new Error(`ingest file ${file.id} vanished while it was processed`);
  await queryRows(auditInsertSql(ctx, { action: "ingest.records_pushed", resourceType: "ingest_file", resourceId: file.id, summary: { source, stored: done.stored, rejected: done.rejected } }));
  const { status, ...ledger } = done;
  return { status: 207 as const, body: { ingestionId: file.id, status, ledger, errors: errors.map((e) => ({ ...e, reason: e.reason as never })) } };
}
