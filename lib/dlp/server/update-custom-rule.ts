import { changedFields } from "@/lib/audit/changed-fields";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TUpdateCustomRuleRequest } from "../policy-schemas";
import { assertPatternSafe } from "./create-custom-rule";
import { customRuleSelect, toCustomRuleDto } from "./custom-rule-dto";

export const updateCustomRule = async ({ ctx, id, patch }: { ctx: Ctx; id: string; patch: TUpdateCustomRuleRequest }) => {
  const current = await db.dlpCustomRule.findFirst({ where: { id, orgId: ctx.orgId }, select: customRuleSelect });
  if (!current) throw notFound("Custom rule");
  if (patch.pattern !== undefined || patch.caseInsensitive !== undefined) {
    await assertPatternSafe(patch.pattern ?? current.pattern, patch.caseInsensitive ?? current.caseInsensitive);
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.dlpCustomRule.update({ where: { id, orgId: ctx.orgId }, data: patch, select: customRuleSelect });
    const changes = changedFields(toCustomRuleDto(current), toCustomRuleDto(updated));
    if (changes) await writeAudit(tx, ctx, { action: "dlp.rule_updated", resourceType: "dlp_custom_rule", resourceId: id, summary: { ruleId: updated.ruleId, changes } });
    return toCustomRuleDto(updated);
  });
};
