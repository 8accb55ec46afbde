import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { SourceType } from "../types";
import { ingestFileSelect, toIngestFileDto } from "./ingest-file-dto";
import { queueStoredFile, storeUpload, type StoreUploadInput } from "./store-upload";

/** Stores an uploaded or pushed file and queues it; answers as soon as the bytes are durable. */
export const uploadFile = async ({ ctx, body, source, fileName, via }: { ctx: Ctx; body: StoreUploadInput["body"]; source: SourceType | "auto"; fileName: string; via: "UPLOAD" | "API" }) => {
  const file = await storeUpload({
    orgId: ctx.orgId, source, fileName, body, via, enqueue: false,
    createdById: ctx.principal.kind === "user" ? ctx.principal.userId : null,
    apiKeyId: ctx.principal.kind === "api-key" ? ctx.principal.apiKeyId : null,
  });
  const row = await db.$transaction(async (tx) => {
    await writeAudit(tx, ctx, { action: "ingest.file_received", resourceType: "ingest_file", resourceId: file.id, summary: { fileName, source, via } });
    return tx.ingestFile.findFirstOrThrow({ where: { id: file.id, orgId: ctx.orgId }, select: ingestFileSelect });
  });
  // Queued once the answer is read: the 202 describes the file as this request left it (STORED), not as a worker
  // that already picked it up happens to have it.
  await queueStoredFile(ctx.orgId, file.id);
  return toIngestFileDto(row);
};
