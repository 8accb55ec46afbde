import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

export const downloadAuditExport = async ({ ctx, exportId }: { ctx: Ctx; exportId: string }) => {
  const row = await db.auditExport.findFirst({ where: { id: exportId, orgId: ctx.orgId }, select: { status: true, content: true, createdAt: true } });
  if (!row) throw notFound("Audit export");
  if (row.status !== "SUCCEEDED" || row.content === null) throw new AppError("CONFLICT", "The export is not finished yet");
  const name = `audit-log-${row.createdAt.toISOString().slice(0, 10)}.csv`;
  return new Response(row.content, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` },
  });
};
