import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { auditExportSelect, toAuditExportDto } from "./audit-export-dto";

export const getAuditExport = async ({ ctx, exportId }: { ctx: Ctx; exportId: string }) => {
  const row = await db.auditExport.findFirst({ where: { id: exportId, orgId: ctx.orgId }, select: auditExportSelect });
  if (!row) throw notFound("Audit export");
  return toAuditExportDto(row);
};
