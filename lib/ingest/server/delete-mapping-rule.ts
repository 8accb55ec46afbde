import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

/** Removes a rule; events it mapped keep their app (history is not rewritten). */
export const deleteMappingRule = async ({ ctx, id }: { ctx: Ctx; id: string }) =>
  db.$transaction(async (tx) => {
    const rule = await tx.appMappingRule.findFirst({ where: { id, orgId: ctx.orgId }, select: { id: true, appId: true, field: true, value: true } });
    if (!rule) throw notFound("Mapping rule");
    await tx.appMappingRule.delete({ where: { id } });
    await writeAudit(tx, ctx, { action: "ingest.mapping_rule_deleted", resourceType: "app", resourceId: rule.appId, summary: { field: rule.field, value: rule.value } });
    return { ok: true as const };
  });
