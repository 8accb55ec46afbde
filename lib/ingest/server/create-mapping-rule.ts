import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TCreateMappingRuleRequest } from "../schemas";
import { mappingRuleSelect, toMappingRuleDto } from "./mapping-rule-dto";

// Column of llm_events per mapping field ("model" matches the request model, as mapToApp does first).
const COLUMN = { apiKeyId: "api_key_id", projectId: "project_id", deployment: "deployment", principal: "principal", model: "request_model", sourceIp: "source_ip" } as const;

/** Adds a rule; with applyToPast, unmapped past events it matches are mapped to the app in the same transaction. */
export const createMappingRule = async ({ ctx, applyToPast, ...fields }: { ctx: Ctx } & TCreateMappingRuleRequest) =>
  db.$transaction(async (tx) => {
    const app = await tx.llmApp.findFirst({ where: { id: fields.appId, orgId: ctx.orgId }, select: { id: true, name: true } });
    if (!app) throw notFound("App");
    const rule = await tx.appMappingRule.create({ data: { orgId: ctx.orgId, ...fields }, select: mappingRuleSelect });
    let remapped = 0;
    if (applyToPast) {
      const column = Prisma.raw(COLUMN[fields.field]);
      const match = fields.matchType === "exact" ? Prisma.sql`${column} = ${fields.value}` : Prisma.sql`starts_with(${column}, ${fields.value})`;
      remapped = await tx.$executeRaw`UPDATE llm_events SET app_id = ${app.id}::uuid WHERE org_id = ${ctx.orgId}::uuid AND app_id IS NULL AND ${match}`;
    }
    await writeAudit(tx, ctx, { action: "ingest.mapping_rule_created", resourceType: "app", resourceId: app.id, summary: { field: fields.field, matchType: fields.matchType, value: fields.value, remapped } });
    return { rule: toMappingRuleDto(rule), remapped };
  }, { timeout: 60_000 });
