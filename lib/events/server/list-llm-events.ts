import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { afterCursor, decodeCursor, pageOf } from "../cursor";
import { llmEventWhere } from "../event-where";
import type { TListLlmEventsQuery } from "../schemas";
import { appNamesOf } from "./app-names";
import { llmEventRowSelect, toLlmEventRowDto } from "./llm-event-dto";

/** Newest first, keyset-paginated on (time, id): stable while new events arrive, no OFFSET scans. */
export const listLlmEvents = async ({ ctx, query }: { ctx: Ctx; query: TListLlmEventsQuery }) => {
  const { cursor, limit, ...filters } = query;
  const after = cursor ? decodeCursor(cursor) : null;
  const where = llmEventWhere(ctx.orgId, filters);
  const rows = await db.llmEvent.findMany({
    where: after ? { AND: [where, afterCursor(after)] } : where,
    orderBy: [{ time: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: llmEventRowSelect,
  });
  const { page, nextCursor } = pageOf(rows, limit);
  const names = await appNamesOf(ctx.orgId, page.map((r) => r.appId));
  return { events: page.map((r) => toLlmEventRowDto(r, names)), nextCursor };
};
