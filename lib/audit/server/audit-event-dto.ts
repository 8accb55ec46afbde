import type { TAuditEvent } from "../schemas";

export const auditEventSelect = {
  id: true, createdAt: true, actorType: true, actorLabel: true, action: true, resourceType: true,
  resourceId: true, summary: true, ip: true, userAgent: true, requestId: true,
} as const;

type AuditRow = Omit<TAuditEvent, "id" | "createdAt"> & { id: bigint; createdAt: Date };

export const toAuditEventDto = (e: AuditRow): TAuditEvent => ({ ...e, id: e.id.toString(), createdAt: e.createdAt.toISOString() });
