import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { auditEventSelect, toAuditEventDto } from "./audit-event-dto";

export const getAuditEvent = async ({ ctx, eventId }: { ctx: Ctx; eventId: string }) => {
  const row = await db.auditEvent.findFirst({ where: { id: BigInt(eventId), orgId: ctx.orgId }, select: auditEventSelect });
  if (!row) throw notFound("Audit event");
  return toAuditEventDto(row);
};
