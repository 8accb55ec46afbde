import { secretContext } from "@/lib/integrations/server/store-integration-secret";
import { decryptSecret } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { PULL_KEY_PURPOSES } from "../providers";

/**
 * Decrypts the key a pull authenticates with (see PULL_KEY_PURPOSES). Server-side only: the value goes into one
 * request header and nowhere else (not logged, not stored, not in a job payload).
 */
export async function readConnectorKey(orgId: string, integrationId: string): Promise<string | null> {
  const rows = await db.integrationSecret.findMany({
    where: { orgId, integrationId, purpose: { in: [...PULL_KEY_PURPOSES] } },
    select: { id: true, purpose: true, ciphertext: true },
  });
  const row = PULL_KEY_PURPOSES.map((p) => rows.find((r) => r.purpose === p)).find(Boolean);
  return row ? decryptSecret(orgId, secretContext(row.id, row.purpose), row.ciphertext) : null;
}
