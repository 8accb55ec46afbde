import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { WebhookFormat } from "../constants";
import { buildAlertRequest } from "../payload";
import { consoleBaseUrl } from "./console-url";
import { sendAlert, statusLine } from "./send-alert";
import { toWebhookDto, webhookSelect } from "./webhook-dto";
import { openSigningSecret } from "./webhook-secret";

/** Sends a test message now (also when disabled) and records the answer as the webhook's last status. */
export const testAlertWebhook = async ({ ctx, webhookId }: { ctx: Ctx; webhookId: string }) => {
  const hook = await db.alertWebhook.findFirst({ where: { id: webhookId, orgId: ctx.orgId }, select: { id: true, url: true, format: true, secretCipher: true } });
  if (!hook) throw notFound("Alert webhook");
  const secret = hook.secretCipher ? await openSigningSecret(ctx.orgId, hook.id, hook.secretCipher) : null;
  const now = new Date();
  const request = buildAlertRequest({ format: hook.format as WebhookFormat, event: "test", finding: null, baseUrl: consoleBaseUrl(), secret, deliveryId: randomUUID(), now });
  const outcome = await sendAlert(hook.url, request);
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.alertWebhook.update({
      where: { id: webhookId, orgId: ctx.orgId }, data: { lastStatus: statusLine(outcome, { test: true }), lastDeliveryAt: now }, select: webhookSelect,
    });
    await writeAudit(tx, ctx, {
      action: "alert_webhook.tested", resourceType: "alert_webhook", resourceId: webhookId, summary: { ok: outcome.ok, httpStatus: outcome.httpStatus },
    });
    return row;
  });
  const { ok, httpStatus, error, durationMs } = outcome;
  return { result: { ok, httpStatus, error, durationMs }, webhook: toWebhookDto(updated) };
};
