import { enqueue } from "@/lib/queue/queues";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TAuditFilters } from "../schemas";
import { auditExportSelect, toAuditExportDto } from "./audit-export-dto";

export const createAuditExport = async ({ ctx, filters }: { ctx: Ctx; filters: TAuditFilters }) => {
  const row = await db.$transaction(async (tx) => {
    const created = await tx.auditExport.create({
      data: { orgId: ctx.orgId, filters, requestedById: ctx.principal.kind === "user" ? ctx.principal.userId : null },
      select: auditExportSelect,
    });
    await writeAudit(tx, ctx, { action: "audit.export_requested", resourceType: "audit_export", resourceId: created.id, summary: { filters } });
    return created;
  });
  await enqueue("audit-export", { orgId: ctx.orgId, exportId: row.id }); // after commit
  return toAuditExportDto(row);
};
