import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TBulkChangeResponse, TFindingChange } from "../schemas";
import { applyFindingChange, currentFindingSelect, resolveAssignee } from "./apply-finding-change";

/**
 * The same change to up to 500 findings. Each finding is checked on its own: those the lifecycle refuses (or that
 * are not in this org) are reported in `failed` and the others are changed, all in one transaction.
 */
export const bulkUpdateFindings = async ({ ctx, ids, change }: { ctx: Ctx; ids: string[]; change: TFindingChange }): Promise<TBulkChangeResponse> =>
  db.$transaction(async (tx) => {
    const unique = [...new Set(ids)];
    const rows = await tx.finding.findMany({ where: { id: { in: unique }, orgId: ctx.orgId }, select: currentFindingSelect, orderBy: { id: "asc" } });
    const found = new Set(rows.map((r) => r.id));
    const failed = unique.filter((id) => !found.has(id)).map((id) => ({ id, reason: "Finding not found" }));
    const assignee = await resolveAssignee(tx, ctx.orgId, change.assigneeId);
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      try {
        if (await applyFindingChange(tx, ctx, row, change, assignee)) updated++;
        else unchanged++;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failed.push({ id: row.id, reason: error.message });
      }
    }
    return { updated, unchanged, failed };
  }, { timeout: 60_000 });
