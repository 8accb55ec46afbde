import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { actorLabel, type Ctx } from "@/lib/server/principal";
import type { TCreateFindingRequest } from "../schemas";
import { getFinding } from "./get-finding";

/** A finding an analyst records by hand (a pentest result, a report): each one is its own, never deduplicated. */
export const createManualFinding = async ({ ctx, input }: { ctx: Ctx; input: TCreateFindingRequest }) => {
  const id = randomUUID();
  await db.$transaction(async (tx) => {
    if (input.appId && !(await tx.llmApp.findFirst({ where: { id: input.appId, orgId: ctx.orgId }, select: { id: true } }))) throw notFound("App");
    await tx.finding.create({
      data: {
        id, orgId: ctx.orgId, appId: input.appId, source: "MANUAL", detector: "manual", ruleId: "manual", title: input.title,
        description: input.description, severity: input.severity, fingerprint: `manual:${id}`, tags: input.tags, location: input.location,
      },
    });
    const userId = ctx.principal.kind === "user" ? ctx.principal.userId : null;
    await tx.findingActivity.create({ data: { orgId: ctx.orgId, findingId: id, actorId: userId, actor: actorLabel(ctx.principal).slice(0, 300), kind: "created", toValue: "OPEN" } });
    await writeAudit(tx, ctx, { action: "finding.created", resourceType: "finding", resourceId: id, summary: { title: input.title, severity: input.severity } });
  });
  return getFinding({ ctx, id });
};
