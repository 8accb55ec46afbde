import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TAlertWebhookSecretResponse, TUpdateAlertWebhookRequest } from "../schemas";
import { checkWebhookUrl } from "./check-webhook-url";
import { toWebhookDto, urlOrigin, webhookSelect } from "./webhook-dto";
import { newSigningSecret, sealSigningSecret } from "./webhook-secret";

type UpdateAlertWebhookOptions = { ctx: Ctx; webhookId: string; change: TUpdateAlertWebhookRequest };
const PLAIN_FIELDS = ["name", "format", "minSeverity", "onNewFinding", "onSlaBreach", "enabled"] as const;

export const updateAlertWebhook = async ({ ctx, webhookId, change }: UpdateAlertWebhookOptions): Promise<TAlertWebhookSecretResponse> => {
  const exists = await db.alertWebhook.findFirst({ where: { id: webhookId, orgId: ctx.orgId }, select: { id: true } });
  if (!exists) throw notFound("Alert webhook");
  if (change.url !== undefined) await checkWebhookUrl(change.url);
  const { rotateSecret, ...fields } = change;

  return db.$transaction(async (tx) => {
    const current = await tx.alertWebhook.findFirst({ where: { id: webhookId, orgId: ctx.orgId }, select: webhookSelect });
    if (!current) throw notFound("Alert webhook");
    const format = fields.format ?? current.format;
    if (rotateSecret && format !== "generic") throw new AppError("VALIDATION_FAILED", "Only generic webhooks have a signing secret to rotate");
    // A webhook that becomes generic gets its first secret; one that becomes Slack loses it.
    const secret = format === "generic" && (rotateSecret || current.format !== "generic") ? newSigningSecret() : null;
    const secretCipher = secret ? await sealSigningSecret(ctx.orgId, webhookId, secret, tx) : format === "slack" ? null : undefined;
    const updated = await tx.alertWebhook.update({
      where: { id: webhookId, orgId: ctx.orgId },
      data: { ...fields, ...(secretCipher !== undefined ? { secretCipher } : {}) },
      select: webhookSelect,
    });
    // Alerts queued while enabled are not sent days later when it is switched back on.
    if (current.enabled && fields.enabled === false) {
      await tx.alertDelivery.updateMany({ where: { orgId: ctx.orgId, webhookId, status: "PENDING" }, data: { status: "SKIPPED", error: "The webhook was disabled" } });
    }
    const changed: Record<string, Prisma.InputJsonValue> = {};
    for (const key of PLAIN_FIELDS) if (fields[key] !== undefined && fields[key] !== current[key]) changed[key] = { from: current[key], to: fields[key] };
    if (fields.url !== undefined && fields.url !== current.url) changed.destination = { from: urlOrigin(current.url), to: urlOrigin(fields.url) };
    if (secret) changed.secretRotated = true;
    await writeAudit(tx, ctx, { action: "alert_webhook.updated", resourceType: "alert_webhook", resourceId: webhookId, summary: { name: updated.name, changed } });
    return { webhook: toWebhookDto(updated), secret };
  });
};
