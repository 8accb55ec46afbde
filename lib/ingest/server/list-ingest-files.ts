import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { ingestFileSelect, toIngestFileDto } from "./ingest-file-dto";

/** Newest first, keyset-paginated by id (UUIDv7 ids sort by creation time). */
export const listIngestFiles = async ({ ctx, limit, cursor, status }: { ctx: Ctx; limit: number; cursor?: string; status?: "STORED" | "PROCESSING" | "DONE" | "FAILED" }) => {
  const rows = await db.ingestFile.findMany({
    where: { orgId: ctx.orgId, ...(status ? { status } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
    orderBy: { id: "desc" }, take: limit + 1, select: ingestFileSelect,
  });
  return { files: rows.slice(0, limit).map(toIngestFileDto), nextCursor: rows.length > limit ? rows[limit - 1]!.id : null };
};
