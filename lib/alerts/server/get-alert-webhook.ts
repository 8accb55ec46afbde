import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { toWebhookDto, webhookSelect } from "./webhook-dto";

export const getAlertWebhook = async ({ ctx, webhookId }: { ctx: Ctx; webhookId: string }) => {
  const row = await db.alertWebhook.findFirst({ where: { id: webhookId, orgId: ctx.orgId }, select: webhookSelect });
  if (!row) throw notFound("Alert webhook");
  return toWebhookDto(row);
};
