import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { customRuleSelect, toCustomRuleDto } from "./custom-rule-dto";

export const listCustomRules = async ({ ctx }: { ctx: Ctx }) =>
  (await db.dlpCustomRule.findMany({ where: { orgId: ctx.orgId }, select: customRuleSelect, orderBy: { ruleId: "asc" }, take: 500 })).map(toCustomRuleDto);
