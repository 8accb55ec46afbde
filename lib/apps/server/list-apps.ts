import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { buildAppListArgs, encodeCursor } from "../list-query";
import type { TListAppsQuery, TListAppsResponse } from "../list-schemas";
import { appSummarySelect, toAppSummaryDto } from "./app-dto";

/** Filtered, sorted page of apps with the total count; keyset `cursor` or numbered `page`. */
export const listApps = async ({ ctx, query }: { ctx: Ctx; query: TListAppsQuery }): Promise<TListAppsResponse> => {
  const args = buildAppListArgs(ctx.orgId, query);
  if (!args) throw new AppError("VALIDATION_FAILED", "Invalid cursor: it is malformed or was made for another sort");
  const [rows, total] = await db.$transaction([
    db.llmApp.findMany({ where: args.where, orderBy: args.orderBy, skip: args.skip, take: args.take, select: appSummarySelect(ctx.orgId) }),
    db.llmApp.count({ where: args.countWhere }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    apps: page.map(toAppSummaryDto),
    total,
    limit: query.limit,
    page: query.cursor ? null : (query.page ?? 1),
    nextCursor: rows.length > query.limit && last ? encodeCursor(args.keys, last) : null,
  };
};
