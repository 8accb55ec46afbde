import { writeAudit } from "@/lib/server/audit";
import { secretFingerprint } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { AppError, notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { SECRET_VALUE_SCHEMAS } from "../config-schemas";
import { isManualPurpose } from "../providers";
import type { TIntegrationSecret } from "../schemas";
import { refreshConfiguredStatus } from "./connection-status";
import { toSecretDto } from "./integration-dto";
import { storeIntegrationSecret } from "./store-integration-secret";

type RotateOptions = { ctx: Ctx; integrationId: string; secretId: string; value: string };

/** Records a new value for a secret (re-encrypted, new last4/fingerprint, lastRotatedAt = now). */
export const rotateIntegrationSecret = async ({ ctx, integrationId, secretId, value }: RotateOptions): Promise<TIntegrationSecret> => {
  const current = await db.integrationSecret.findFirst({
    where: { id: secretId, integrationId, orgId: ctx.orgId },
    select: { purpose: true, last4: true, fingerprint: true, integration: { select: { name: true } } },
  });
  if (!current) throw notFound("Secret");
  const { purpose } = current;
  if (!isManualPurpose(purpose)) throw new AppError("BAD_REQUEST", "OAuth tokens are renewed by reconnecting the integration, not by hand");
  const parsed = SECRET_VALUE_SCHEMAS[purpose].safeParse(value);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", `Invalid value: ${parsed.error.issues[0]?.message ?? "rejected"}`);
  if ((await secretFingerprint(ctx.orgId, parsed.data)) === current.fingerprint) {
    throw new AppError("VALIDATION_FAILED", "That is the current value: rotating needs a new one");
  }
  return db.$transaction(async (tx) => {
    const stored = await storeIntegrationSecret(tx, { orgId: ctx.orgId, integrationId, purpose, value: parsed.data });
    await refreshConfiguredStatus(tx, ctx.orgId, integrationId);
    await writeAudit(tx, ctx, {
      action: "integration.secret_rotated", resourceType: "integration_secret", resourceId: secretId,
      summary: {
        integrationId, integration: current.integration.name, purpose,
        before: { last4: current.last4, fingerprint: current.fingerprint },
        after: { last4: stored.last4, fingerprint: stored.fingerprint },
      },
    });
    return toSecretDto(stored);
  });
};
