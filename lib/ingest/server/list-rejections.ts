import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { RejectReason } from "../types";

const PREVIEW_CHARS = 2_000;

/** The quarantine of one file, in file order. Raw bytes are shown as text (invalid UTF-8 replaced), truncated. */
export const listRejections = async ({ ctx, fileId }: { ctx: Ctx; fileId: string }) => {
  const file = await db.ingestFile.findFirst({ where: { id: fileId, orgId: ctx.orgId }, select: { id: true } });
  if (!file) throw notFound("Ingested file");
  const [rows, total] = await Promise.all([
    db.ingestRejection.findMany({ where: { fileId, orgId: ctx.orgId }, orderBy: [{ lineNumber: "asc" }, { recordIndex: "asc" }], take: 500 }),
    db.ingestRejection.count({ where: { fileId, orgId: ctx.orgId } }),
  ]);
  return {
    rejections: rows.map((r) => ({
      lineNumber: r.lineNumber, recordIndex: r.recordIndex, reason: r.reason as RejectReason, detail: r.detail,
      rawPreview: Buffer.from(r.rawPrefix).toString("utf8").slice(0, PREVIEW_CHARS), rawBytes: r.rawPrefix.length,
    })),
    total,
  };
};
