import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { loadEffectivePolicy } from "./policy-store";

/** Removes an app's own policy: the app inherits the org default again. Returns the now effective policy. */
export const deleteAppDlpPolicy = async ({ ctx, appId }: { ctx: Ctx; appId: string }) =>
  db.$transaction(async (tx) => {
    const app = await tx.llmApp.findFirst({ where: { id: appId, orgId: ctx.orgId }, select: { id: true, dlpPolicy: { select: { id: true } } } });
    if (!app) throw notFound("App");
    if (app.dlpPolicy) {
      await tx.dlpPolicy.delete({ where: { id: app.dlpPolicy.id, orgId: ctx.orgId } });
      await writeAudit(tx, ctx, { action: "dlp.policy_removed", resourceType: "app", resourceId: appId, summary: { scope: "app" } });
    }
    return (await loadEffectivePolicy(ctx.orgId, appId, tx)).dto;
  });
