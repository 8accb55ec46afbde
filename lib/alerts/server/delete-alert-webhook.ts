import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { urlOrigin } from "./webhook-dto";

/** Its delivery log goes with it (cascade). */
export const deleteAlertWebhook = async ({ ctx, webhookId }: { ctx: Ctx; webhookId: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.alertWebhook.findFirst({ where: { id: webhookId, orgId: ctx.orgId }, select: { name: true, url: true, format: true } });
    if (!current) throw notFound("Alert webhook");
    await tx.alertWebhook.delete({ where: { id: webhookId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "alert_webhook.deleted", resourceType: "alert_webhook", resourceId: webhookId,
      summary: { name: current.name, destination: urlOrigin(current.url), format: current.format },
    });
    return { ok: true as const };
  });
