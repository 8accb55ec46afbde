import { db } from "@/lib/server/db";
import { auditWhere } from "../audit-where";
import { csvRow } from "../csv";
import type { TAuditFilters } from "../schemas";

const PAGE = 1_000;
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const HEADER = ["id", "time", "actor_type", "actor", "action", "resource_type", "resource_id", "summary", "ip", "user_agent", "request_id"];

/** Worker side of an audit export. Safe to run twice: a finished export is left as it is. */
export const runAuditExport = async ({ orgId, exportId }: { orgId: string; exportId: string }) => {
  const job = await db.auditExport.findFirst({ where: { id: exportId, orgId }, select: { status: true, filters: true } });
  if (!job || job.status === "SUCCEEDED") return { skipped: true as const };
  const where = auditWhere(orgId, job.filters as TAuditFilters);
  const total = Math.min(await db.auditEvent.count({ where }), AUDIT_EXPORT_MAX_ROWS);
  await db.auditExport.update({ where: { id: exportId, orgId }, data: { status: "RUNNING", progress: 0, error: null } });

  const chunks: string[] = [csvRow(HEADER)];
  let cursor: bigint | undefined;
  let written = 0;
  while (written < total) {
    const rows = await db.auditEvent.findMany({
      where: { ...where, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: "desc" }, // newest first, so the row cap keeps the most recent events
      take: Math.min(PAGE, total - written),
    });
    if (rows.length === 0) break;
    for (const r of rows) {
      chunks.push(csvRow([r.id.toString(), r.createdAt.toISOString(), r.actorType, r.actorLabel, r.action, r.resourceType, r.resourceId, r.summary, r.ip, r.userAgent, r.requestId]));
    }
    written += rows.length;
    cursor = rows[rows.length - 1]!.id;
    const progress = total === 0 ? 100 : Math.floor((written / total) * 100);
    await db.auditExport.update({ where: { id: exportId, orgId }, data: { progress, rowCount: written } });
  }
  await db.auditExport.update({
    where: { id: exportId, orgId },
    data: { status: "SUCCEEDED", progress: 100, rowCount: written, content: chunks.join(""), finishedAt: new Date() },
  });
  return { skipped: false as const, rows: written };
};

export const failAuditExport = async ({ orgId, exportId, message }: { orgId: string; exportId: string; message: string }) => {
  await db.auditExport.updateMany({ where: { id: exportId, orgId }, data: { status: "FAILED", error: message.slice(0, 500), finishedAt: new Date() } });
};
