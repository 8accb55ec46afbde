import type { DbTx } from "@/lib/server/db";
import { REQUIRED_SECRETS, type ConnectionStatus, type IntegrationKind, type IntegrationProvider } from "../providers";

/**
 * Without outbound calls, a non-OAuth integration is CONNECTED ("configured") once every required secret is
 * stored. OAuth connections stay as they are: only the OAuth flow connects or disconnects them.
 */
export function configuredStatus(kind: IntegrationKind, provider: string, purposes: readonly string[]): ConnectionStatus | null {
  if (kind === "OAUTH_CONNECTION") return null;
  const required = REQUIRED_SECRETS[provider as IntegrationProvider] ?? [];
  return required.every((p) => purposes.includes(p)) ? "CONNECTED" : "PENDING";
}

/** Re-evaluates the configured status after secrets changed (no-op for OAuth connections). */
export async function refreshConfiguredStatus(tx: DbTx, orgId: string, integrationId: string) {
  const row = await tx.integration.findFirst({
    where: { id: integrationId, orgId },
    select: { kind: true, provider: true, secrets: { select: { purpose: true } } },
  });
  if (!row) return;
  const status = configuredStatus(row.kind, row.provider, row.secrets.map((s) => s.purpose));
  if (!status) return;
  await tx.integration.update({ where: { id: integrationId, orgId }, data: { status, lastCheckedAt: new Date(), lastError: null } });
}
