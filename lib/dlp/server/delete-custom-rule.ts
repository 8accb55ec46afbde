import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

export const deleteCustomRule = async ({ ctx, id }: { ctx: Ctx; id: string }) =>
  db.$transaction(async (tx) => {
    const rule = await tx.dlpCustomRule.findFirst({ where: { id, orgId: ctx.orgId }, select: { id: true, ruleId: true } });
    if (!rule) throw notFound("Custom rule");
    await tx.dlpCustomRule.delete({ where: { id, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, { action: "dlp.rule_deleted", resourceType: "dlp_custom_rule", resourceId: id, summary: { ruleId: rule.ruleId } });
    return { ok: true as const };
  });
