import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TCreateCustomRuleRequest } from "../policy-schemas";
import { customRuleSelect, toCustomRuleDto } from "./custom-rule-dto";
import { checkPatternSafety } from "./regex-safety";

const MAX_RULES_PER_ORG = 200;

export async function assertPatternSafe(pattern: string, caseInsensitive: boolean) {
  const verdict = await checkPatternSafety(pattern, caseInsensitive);
  if (!verdict.ok) throw new AppError("VALIDATION_FAILED", verdict.reason, { field: "pattern" });
}

export const createCustomRule = async ({ ctx, ...fields }: { ctx: Ctx } & TCreateCustomRuleRequest) => {
  await assertPatternSafe(fields.pattern, fields.caseInsensitive); // outside the transaction: it can take a moment
  return db.$transaction(async (tx) => {
    if ((await tx.dlpCustomRule.count({ where: { orgId: ctx.orgId } })) >= MAX_RULES_PER_ORG) {
      throw new AppError("CONFLICT", `An organization can have at most ${MAX_RULES_PER_ORG} custom rules`);
    }
    if (await tx.dlpCustomRule.findFirst({ where: { orgId: ctx.orgId, ruleId: fields.ruleId }, select: { id: true } })) {
      throw new AppError("CONFLICT", `A custom rule with the id "${fields.ruleId}" already exists`);
    }
    const created = await tx.dlpCustomRule.create({ data: { orgId: ctx.orgId, ...fields }, select: customRuleSelect });
    await writeAudit(tx, ctx, {
      action: "dlp.rule_created", resourceType: "dlp_custom_rule", resourceId: created.id,
      summary: { ruleId: created.ruleId, pattern: created.pattern, keywords: created.keywords, validator: created.validator, enabled: created.enabled },
    });
    return toCustomRuleDto(created);
  });
};
