import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { mappingRuleSelect, toMappingRuleDto } from "./mapping-rule-dto";

export const listMappingRules = async ({ ctx }: { ctx: Ctx }) =>
  (await db.appMappingRule.findMany({ where: { orgId: ctx.orgId }, orderBy: [{ priority: "asc" }, { createdAt: "asc" }], select: mappingRuleSelect, take: 1000 })).map(toMappingRuleDto);
