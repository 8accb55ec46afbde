// The ingest-file job: streams a stored upload through parsing, normalization, app mapping and DLP, writing
// batches that each commit their events, rejections, ledger and checkpoint together. Resumes after a crash
// from the checkpoint; a second run of the same file stops at its first batch (CheckpointMoved).
import { db } from "@/lib/server/db";
import { fileStore } from "@/lib/server/file-store";
import { logger } from "@/lib/server/logger";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryRows, withPgTransaction } from "@/lib/server/pg-pool";
import { INGEST_PARSERS } from "../parsers";
import { fileUnitBatches, type Unit } from "../pipeline/units";
import { DEFAULT_LIMITS } from "../read/limits";
import type { SourceType } from "../types";
import { ioPauses } from "./io-pauses";
import { loadContext, prepareBatch } from "./prepare-batch";
import { CheckpointMoved, writeBatch, type Batch } from "./write-batch";

/** Records per committed batch (INGEST_BATCH_SIZE): larger is faster, smaller redoes less after a crash. */
export const INGEST_BATCH_SIZE = Math.max(1, Number(process.env.INGEST_BATCH_SIZE ?? 2500));

/**
 * Commits batches strictly in file order, one at a time, while the caller goes on parsing and preparing the next
 * batch (Postgres works in its own process, so this overlaps for real). A failed commit is reported at the next
 * submit or at drain, and nothing after it is written.
 */
function orderedWriter() {
  let inFlight: Promise<unknown> | null = null;
  const settle = async () => {
    const previous = inFlight;
    inFlight = null;
    if (previous) await previous;
  };
  return {
    async submit(batch: Batch) {
      await settle();
      const write = withPgTransaction((client) => writeBatch(client, batch));
      write.catch(() => undefined); // observed by settle(); no unhandled rejection while the next batch is prepared
      inFlight = write;
    },
    drain: settle,
  };
}

export async function processIngestFile({ orgId, fileId }: { orgId: string; fileId: string }) {
  // Plain SQL for the file's row: a synchronous push runs this per request, where Prisma's compile outweighed it.
  const [file] = await queryRows<{ status: string; source: string; storageKey: string; checkpoint: number }>(Prisma.sql`
    SELECT status::text AS status, source, storage_key AS "storageKey", checkpoint FROM ingest_files WHERE id = ${fileId}::uuid AND org_id = ${orgId}::uuid`);
  if (!file || file.status === "DONE" || file.status === "FAILED") return { skipped: true as const };
  await queryRows(Prisma.sql`
    UPDATE ingest_files SET status = 'PROCESSING', started_at = ${new Date()} WHERE id = ${fileId}::uuid AND org_id = ${orgId}::uuid AND status = 'STORED'`);
  const ctx = await loadContext(orgId);
  let bytesRead = 0;
  const counted = (async function* () {
    for await (const chunk of fileStore().read(file.storageKey) as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      yield chunk;
    }
  })();
  let position = 0;
  let checkpoint = file.checkpoint; // of the last batch handed to the writer
  let pending: Unit[] = [];
  const writer = orderedWriter();
  const flush = async () => {
    const batch = await prepareBatch(ctx, fileId, pending, checkpoint, bytesRead);
    pending = [];
    checkpoint = batch.checkpoint;
    await writer.submit(batch);
  };
  try {
    try {
      const pauses = ioPauses(); // the previous batch's write goes on while this one is parsed
      for await (const units of fileUnitBatches(counted, { parsers: INGEST_PARSERS, source: file.source as SourceType | "auto", limits: DEFAULT_LIMITS })) {
        for (const unit of units) {
          if (++position <= file.checkpoint) continue; // done before a crash
          pending.push(unit);
          if (pending.length >= INGEST_BATCH_SIZE) await flush();
        }
        await pauses.after(units.length);
      }
      if (pending.length) await flush();
    } finally {
      await writer.drain(); // a failed write wins over an error of the reading side
    }
  } catch (error) {
    if (error instanceof CheckpointMoved) {
      logger.warn({ fileId }, "ingest-file: another run owns this file; stopping");
      return { skipped: true as const };
    }
    throw error;
  }
  await queryRows(Prisma.sql`
    UPDATE ingest_files SET status = 'DONE', finished_at = ${new Date()}, bytes_read = ${bytesRead}
    WHERE id = ${fileId}::uuid AND org_id = ${orgId}::uuid AND status = 'PROCESSING'`);
  return { skipped: false as const, units: position };
}

/** After the last retry: the ledger so far stays; the file is marked failed with a reason people can act on. */
export async function failIngestFile({ orgId, fileId, message }: { orgId: string; fileId: string; message: string }) {
  await db.ingestFile.updateMany({ where: { id: fileId, orgId, status: { in: ["STORED", "PROCESSING"] } }, data: { status: "FAILED", error: message.slice(0, 500), finishedAt: new Date() } });
}
