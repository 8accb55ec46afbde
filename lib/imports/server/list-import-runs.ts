import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TListImportsQuery } from "../schemas";
import { importRunSelect, toImportRunDto } from "./import-run-dto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Cursor = base64url("<createdAt ISO>|<id>") of the last row of the previous page.
const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso = "", id = ""] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || !UUID.test(id)) throw new AppError("VALIDATION_FAILED", "cursor: not a cursor from nextCursor");
  return { at, id };
}

/** Import runs newest first; an app of another org simply matches nothing. */
export const listImportRuns = async ({ ctx, appId, limit, cursor }: { ctx: Ctx } & TListImportsQuery) => {
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await db.importRun.findMany({
    where: {
      orgId: ctx.orgId, ...(appId ? { appId } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: importRunSelect,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { imports: page.map(toImportRunDto), nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
};
