import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { auditWhere } from "../audit-where";
import type { TListAuditEventsQuery, TListAuditEventsResponse } from "../schemas";
import { auditEventSelect, toAuditEventDto } from "./audit-event-dto";

/** Newest first, keyset-paginated on the id (stable under concurrent inserts, no OFFSET scans). */
export const listAuditEvents = async ({ ctx, query }: { ctx: Ctx; query: TListAuditEventsQuery }): Promise<TListAuditEventsResponse> => {
  const { cursor, limit, ...filters } = query;
  const rows = await db.auditEvent.findMany({
    where: { ...auditWhere(ctx.orgId, filters), ...(cursor ? { id: { lt: BigInt(cursor) } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: auditEventSelect,
  });
  const page = rows.slice(0, limit);
  return {
    events: page.map(toAuditEventDto),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id.toString() ?? null) : null,
  };
};
