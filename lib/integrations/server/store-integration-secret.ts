import { randomUUID } from "node:crypto";
import type { DbTx } from "@/lib/server/db";
import { encryptSecret, secretFingerprint } from "@/lib/server/crypto";
import { AppError, notFound } from "@/lib/server/errors";
import { isSecretPurpose, type SecretPurpose } from "../providers";
import { DEFAULT_ROTATION_DAYS } from "../rotation";
import { secretTail } from "../secret-tail";
import { secretSelect, type SecretRow } from "./integration-dto";

export type StoreIntegrationSecretInput = {
  orgId: string;
  integrationId: string;
  purpose: SecretPurpose;
  value: string;
  /** Rotation policy in days (1..3650). Default: 90 for a new secret, unchanged for an existing one. */
  rotationDays?: number;
  /** When the value stops working by itself (OAuth access tokens). Default: none. */
  expiresAt?: Date | null;
};

export type StoredIntegrationSecret = SecretRow & { created: boolean; previousFingerprint: string | null };

export const secretContext = (secretId: string, purpose: string) => `integration_secret:${secretId}:${purpose}`;

/**
 * Creates or replaces the integration's secret for `purpose`: encrypts it (AAD bound to org + row + purpose),
 * records last4/fingerprint and sets lastRotatedAt to now. Call it inside the caller's transaction and write
 * the caller's own audit event there (without the value). Throws NOT_FOUND when the integration is not in the org.
 */
export async function storeIntegrationSecret(tx: DbTx, input: StoreIntegrationSecretInput): Promise<StoredIntegrationSecret> {
  const { orgId, integrationId, purpose, value } = input;
  if (!isSecretPurpose(purpose)) throw new AppError("BAD_REQUEST", "Unknown secret purpose");
  if (value.length === 0) throw new AppError("VALIDATION_FAILED", "A secret cannot be empty");
  if (input.rotationDays !== undefined && !(Number.isInteger(input.rotationDays) && input.rotationDays >= 1 && input.rotationDays <= 3650)) {
    throw new AppError("VALIDATION_FAILED", "rotationDays must be a whole number from 1 to 3650");
  }
  const integration = await tx.integration.findFirst({ where: { id: integrationId, orgId }, select: { id: true } });
  if (!integration) throw notFound("Integration");

  const existing = await tx.integrationSecret.findFirst({ where: { orgId, integrationId, purpose }, select: { id: true, fingerprint: true } });
  const id = existing?.id ?? randomUUID();
  const fields = {
    ciphertext: await encryptSecret(orgId, secretContext(id, purpose), value, tx),
    last4: secretTail(purpose, value),
    fingerprint: await secretFingerprint(orgId, value),
    lastRotatedAt: new Date(),
    expiresAt: input.expiresAt ?? null,
    ...(input.rotationDays !== undefined ? { rotationDays: input.rotationDays } : {}),
  };
  const row = existing
    ? await tx.integrationSecret.update({ where: { id, orgId }, data: fields, select: secretSelect })
    : await tx.integrationSecret.create({
        data: { id, orgId, integrationId, purpose, rotationDays: DEFAULT_ROTATION_DAYS, ...fields },
        select: secretSelect,
      });
  return { ...row, created: !existing, previousFingerprint: existing?.fingerprint ?? null };
}
