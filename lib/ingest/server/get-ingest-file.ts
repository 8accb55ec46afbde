import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { ingestFileSelect, toIngestFileDto } from "./ingest-file-dto";

export const getIngestFile = async ({ ctx, id }: { ctx: Ctx; id: string }) => {
  const row = await db.ingestFile.findFirst({ where: { id, orgId: ctx.orgId }, select: ingestFileSelect });
  if (!row) throw notFound("Ingested file");
  return toIngestFileDto(row);
};
