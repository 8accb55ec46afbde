import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { MAX_WEBHOOKS_PER_ORG } from "../constants";
import { toWebhookDto, webhookSelect } from "./webhook-dto";

export const listAlertWebhooks = async ({ ctx }: { ctx: Ctx }) => {
  const rows = await db.alertWebhook.findMany({
    where: { orgId: ctx.orgId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: webhookSelect, take: MAX_WEBHOOKS_PER_ORG,
  });
  return rows.map(toWebhookDto);
};
