import { writeSystemAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";

export const REFRESH_UNREACHABLE_MESSAGE = "The provider could not be reached to refresh the access token. Reconnect the integration or check the provider.";

/**
 * A refresh that cannot succeed: ERROR with a safe message (no token, no provider text beyond codes).
 * `keepEarlierError`: leave an integration already in ERROR as it is (its message is more precise).
 */
export async function markRefreshFailed({ orgId, integrationId, message, reason, keepEarlierError = false }: {
  orgId: string; integrationId: string; message: string; reason: string; keepEarlierError?: boolean;
}) {
  await db.$transaction(async (tx) => {
    const current = await tx.integration.findFirst({ where: { id: integrationId, orgId }, select: { status: true, name: true } });
    if (!current || (keepEarlierError && current.status === "ERROR")) return;
    await tx.integration.update({ where: { id: integrationId, orgId }, data: { status: "ERROR", lastError: message.slice(0, 500), lastCheckedAt: new Date() } });
    await writeSystemAudit(tx, orgId, "oauth-token-refresh", {
      action: "integration.oauth_refresh_failed", resourceType: "integration", resourceId: integrationId,
      summary: { name: current.name, reason, statusChanged: { from: current.status, to: "ERROR" } },
    });
  });
}
