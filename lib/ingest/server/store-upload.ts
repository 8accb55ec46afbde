// Persist first, then process: the raw bytes go to the file store, the file is recorded, and only after that
// commit does a job carrying the file id get enqueued (deterministic job id: one job per file).
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { enqueue } from "@/lib/queue/queues";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryRows } from "@/lib/server/pg-pool";
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
  /** false when the caller processes the file itself (small synchronous pushes) or queues it later (queueStoredFile). */
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
  // Plain SQL: every synchronous push records a file, and Prisma's compile cost more than the insert.
  const [file] = await queryRows<{ id: string; status: "STORED" }>(Prisma.sql`
    INSERT INTO ingest_files (id, org_id, source, file_name, storage_key, size_bytes, sha256, via, created_by_id, api_key_id)
    VALUES (${uuid7()}::uuid, ${input.orgId}::uuid, ${input.source}, ${input.fileName.slice(0, 255)}, ${stored.key}, ${stored.sizeBytes}, ${stored.sha256},
      ${input.via}::"IngestVia", ${input.createdById ?? null}::uuid, ${input.apiKeyId ?? null}::uuid)
    RETURNING id, status::text AS status`);
  if (!file) throw new Error("the ingest file was not recorded");
  if (input.enqueue !== false) await queueStoredFile(input.orgId, file.id);
  return file;
}

/** Queues a stored file's processing (one job per file). */
export async function queueStoredFile(orgId: string, fileId: string): Promise<void> {
  try {
    await enqueue("ingest-file", { orgId, fileId });
  } catch {
    // The file is safe in the store and recorded as STORED: the maintenance sweep (requeue-ingest-files) queues it later.
  }
}
