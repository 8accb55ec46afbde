import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TFindingChange } from "../schemas";
import { applyFindingChange, currentFindingSelect, resolveAssignee } from "./apply-finding-change";
import { getFinding } from "./get-finding";

/** Triage one finding: status (with risk acceptance), assignee, severity; answers the updated finding. */
export const updateFinding = async ({ ctx, id, change }: { ctx: Ctx; id: string; change: TFindingChange }) => {
  await db.$transaction(async (tx) => {
    const current = await tx.finding.findFirst({ where: { id, orgId: ctx.orgId }, select: currentFindingSelect });
    if (!current) throw notFound("Finding");
    await applyFindingChange(tx, ctx, current, change, await resolveAssignee(tx, ctx.orgId, change.assigneeId));
  });
  return getFinding({ ctx, id });
};
