import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { MAX_WEBHOOKS_PER_ORG } from "../constants";
import type { TAlertWebhookSecretResponse, ZCreateAlertWebhookRequest } from "../schemas";
import { checkWebhookUrl } from "./check-webhook-url";
import { toWebhookDto, urlOrigin, webhookSelect } from "./webhook-dto";
import { newSigningSecret, sealSigningSecret } from "./webhook-secret";

type CreateAlertWebhookOptions = { ctx: Ctx } & z.infer<typeof ZCreateAlertWebhookRequest>;

export const createAlertWebhook = async ({ ctx, ...input }: CreateAlertWebhookOptions): Promise<TAlertWebhookSecretResponse> => {
  await checkWebhookUrl(input.url);
  const id = randomUUID();
  const secret = input.format === "generic" ? newSigningSecret() : null;
  const row = await db.$transaction(async (tx) => {
    if ((await tx.alertWebhook.count({ where: { orgId: ctx.orgId } })) >= MAX_WEBHOOKS_PER_ORG) {
      throw new AppError("CONFLICT", `An organization can have at most ${MAX_WEBHOOKS_PER_ORG} alert webhooks`);
    }
    const secretCipher = secret ? await sealSigningSecret(ctx.orgId, id, secret, tx) : null;
    const created = await tx.alertWebhook.create({ data: { id, orgId: ctx.orgId, ...input, secretCipher }, select: webhookSelect });
    const { name, format, minSeverity, onNewFinding, onSlaBreach, enabled } = input;
    await writeAudit(tx, ctx, {
      action: "alert_webhook.created", resourceType: "alert_webhook", resourceId: id,
      summary: { name, destination: urlOrigin(input.url), format, minSeverity, onNewFinding, onSlaBreach, enabled, signed: secret !== null },
    });
    return created;
  });
  return { webhook: toWebhookDto(row), secret };
};
