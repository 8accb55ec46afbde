import { changedFields } from "@/lib/audit/changed-fields";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TPolicySettings } from "../policy-schemas";
import { loadEffectivePolicy, toPolicyDto, upsertPolicy } from "./policy-store";

/** Saves the org default (appId absent) or one app's own policy. */
export const saveDlpPolicy = async ({ ctx, appId, settings }: { ctx: Ctx; appId?: string; settings: TPolicySettings }) =>
  db.$transaction(async (tx) => {
    if (appId && !(await tx.llmApp.findFirst({ where: { id: appId, orgId: ctx.orgId }, select: { id: true } }))) throw notFound("App");
    const before = await loadEffectivePolicy(ctx.orgId, appId ?? null, tx);
    const saved = await upsertPolicy(tx, ctx.orgId, appId ?? null, settings);
    const after = toPolicyDto(saved);
    await writeAudit(tx, ctx, {
      action: "dlp.policy_saved", resourceType: appId ? "app" : "dlp_policy", resourceId: appId ?? saved.id,
      summary: { scope: appId ? "app" : "org", changes: changedFields<TPolicySettings>(before.settings, settings) },
    });
    return after;
  });
