import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { queryRows } from "@/lib/server/pg-pool";
import type { Ctx } from "@/lib/server/principal";
import { decodeFindingCursor } from "../cursor";
import type { TListFindingsQuery } from "../schemas";
import { cursorOf, FINDING_ROW_COLUMNS, toFindingRowDto, type FindingRowRecord } from "./finding-dto";
import { afterFindingCursor, findingWhere, ORDER_BY } from "./finding-where";

export const userIdOf = (ctx: Ctx) => (ctx.principal.kind === "user" ? ctx.principal.userId : null);

/** Server-side filters, four sorts, keyset pagination (no OFFSET scans on a million rows). */
export const listFindings = async ({ ctx, query }: { ctx: Ctx; query: TListFindingsQuery }) => {
  const { sort, cursor, limit, ...filters } = query;
  const after = cursor ? decodeFindingCursor(cursor, sort) : null;
  if (cursor && !after) throw new AppError("VALIDATION_FAILED", "cursor: use the nextCursor of a listing with the same sort");
  const now = new Date();
  const where = findingWhere(ctx.orgId, userIdOf(ctx), filters, now);
  // Through the pg pool, not Prisma: on this hot path the query engine cost several times the SQL itself.
  const rows = await queryRows<FindingRowRecord>(Prisma.sql`
    SELECT ${Prisma.raw(FINDING_ROW_COLUMNS)}
    FROM findings f
    LEFT JOIN llm_apps a ON a.id = f.app_id
    LEFT JOIN users u ON u.id = f.assignee_id
    WHERE ${where} ${after ? Prisma.sql`AND ${afterFindingCursor(after)}` : Prisma.empty}
    ORDER BY ${ORDER_BY[sort]}
    LIMIT ${limit + 1}`);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { findings: page.map((r) => toFindingRowDto(r, now)), nextCursor: rows.length > limit && last ? cursorOf(last, sort) : null };
};
