import { decryptSecret } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import type { SecretPurpose } from "../providers";
import { secretContext } from "./store-integration-secret";

/**
 * Decrypts one integration secret for server-side use (workers, the OAuth token exchange). Returns null when
 * the integration has no secret for `purpose` or is not in the org. Never log or return the value to a client.
 */
export async function readIntegrationSecret({ orgId, integrationId, purpose }: { orgId: string; integrationId: string; purpose: SecretPurpose }): Promise<string | null> {
  const row = await db.integrationSecret.findFirst({
    where: { orgId, integrationId, purpose },
    select: { id: true, purpose: true, ciphertext: true },
  });
  if (!row) return null;
  return decryptSecret(orgId, secretContext(row.id, row.purpose), row.ciphertext);
}
