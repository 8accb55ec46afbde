// Persist first, then process: the raw bytes go to the file store, the file is recorded, and only after that
// commit does a job carrying the file id get enqueued (deterministic job id: one job per file).
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { enqueue } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { fileStore, ObjectTooLarge } from "@/lib/server/file-store";
import { uuid7 } from "@/lib/server/uuid7";
import type { SourceType } from "../types";

export const MAX_UPLOAD_BYTES = Number(process.env.INGEST_MAX_UPLOAD_BYTES ?? 512 * 1024 * 1024);

export type StoreUploadInput = {
  orgId: string;
  source: SourceType | "auto";
  fileName: string;
  body: Readable | AsyncIterable<Buffer> | ReadableStream<Uint8Array>;
  via: "UPLOAD" | "API" | "CLI" | "PULL";
  createdById?: string | null;
  apiKeyId?: string | null;
  /** false when the caller processes the file itself, right away (small synchronous pushes). */
  enqueue?: boolean;
};

export async function storeUpload(input: StoreUploadInput) {
  const body = input.body instanceof ReadableStream ? Readable.fromWeb(input.body as WebReadableStream) : input.body;
  let stored;
  try {
    stored = await fileStore().put(`uploads/${input.orgId}`, body, MAX_UPLOAD_BYTES);
  } catch (error) {
    if (error instanceof ObjectTooLarge) throw new AppError("PAYLOAD_TOO_LARGE", `A file may be at most ${MAX_UPLOAD_BYTES} bytes`);
    throw error;
  }
  const file = await db.ingestFile.create({
    data: {
      id: uuid7(), orgId: input.orgId, source: input.source, fileName: input.fileName.slice(0, 255), storageKey: stored.key,
      sizeBytes: BigInt(stored.sizeBytes), sha256: stored.sha256, via: input.via, createdById: input.createdById ?? null, apiKeyId: input.apiKeyId ?? null,
    },
    select: { id: true, status: true },
  });
  if (input.enqueue === false) return file;
  try {
    await enqueue("ingest-file", { orgId: input.orgId, fileId: file.id });
  } catch {
    // The file is safe in the store and recorded as STORED: the maintenance sweep (requeue-ingest-files) queues it later.
  }
  return file;
}
