import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { afterCursor, decodeCursor, pageOf } from "../cursor";
import { cloudEventWhere } from "../event-where";
import type { TListCloudEventsQuery } from "../schemas";
import { cloudEventRowSelect, toCloudEventRowDto } from "./cloud-event-dto";

/** Newest first, keyset-paginated on (time, id). */
export const listCloudEvents = async ({ ctx, query }: { ctx: Ctx; query: TListCloudEventsQuery }) => {
  const { cursor, limit, ...filters } = query;
  const after = cursor ? decodeCursor(cursor) : null;
  const where = cloudEventWhere(ctx.orgId, filters);
  const rows = await db.cloudEvent.findMany({
    where: after ? { AND: [where, afterCursor(after)] } : where,
    orderBy: [{ time: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: cloudEventRowSelect,
  });
  const { page, nextCursor } = pageOf(rows, limit);
  return { events: page.map(toCloudEventRowDto), nextCursor };
};
