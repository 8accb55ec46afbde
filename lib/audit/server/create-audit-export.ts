import { enqueue } from "@/lib/queue/queues";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TAuditFilters } from "../schemas";
import { auditExportSelect, toAuditExportDto } from "./audit-export-dto";
import { failAuditExport } from "./run-audit-export";

export const createAuditExport = async ({ ctx, filters }: { ctx: Ctx; filters: TAuditFilters }) => {
  const row = await db.$transaction(async (tx) => {
    const created = await tx.auditExport.create({
      data: { orgId: ctx.orgId, filters, requestedById: ctx.principal.kind === "user" ? ctx.principal.userId : null },
      select: auditExportSelect,
    });
    await writeAudit(tx, ctx, { action: "audit.export_requested", resourceType: "audit_export", resourceId: created.id, summary: { filters } });
    return created;
  });
  try {
    await enqueue("audit-export", { orgId: ctx.orgId, exportId: row.id }); // after commit
  } catch {
    await failAuditExport({ orgId: ctx.orgId, exportId: row.id, message: "The job queue is unavailable; try again shortly." });
    throw new AppError("UNAVAILABLE", "The job queue is unavailable; try again shortly");
  }
  return toAuditExportDto(row);
};
