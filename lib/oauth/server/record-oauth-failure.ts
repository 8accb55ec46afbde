import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { OAUTH_ERROR_MESSAGES, type OAuthErrorReason } from "../schemas";

/** Where the browser goes after a failed callback. */
export const failureLocation = (reason: OAuthErrorReason, integrationId?: string) =>
  `${integrationId ? `/integrations/${integrationId}` : "/integrations"}?oauth=error&reason=${reason}`;

/**
 * A failed connect attempt: the integration goes to ERROR with a safe message (detail holds only provider
 * error codes / HTTP statuses), and the audit log says why. A replayed callback (`keepConnected`) leaves a
 * working connection as it is.
 */
export async function recordOAuthFailure(
  ctx: Ctx,
  integrationId: string,
  reason: OAuthErrorReason,
  { detail, keepConnected = false }: { detail?: string; keepConnected?: boolean } = {},
): Promise<string> {
  const lastError = `${OAUTH_ERROR_MESSAGES[reason]}${detail ? ` (${detail})` : ""}`.slice(0, 500);
  await db.$transaction(async (tx) => {
    const current = await tx.integration.findFirst({ where: { id: integrationId, orgId: ctx.orgId }, select: { name: true, status: true } });
    if (!current) return;
    const downgrade = !(keepConnected && current.status === "CONNECTED");
    if (downgrade) await tx.integration.update({ where: { id: integrationId, orgId: ctx.orgId }, data: { status: "ERROR", lastError, lastCheckedAt: new Date() } });
    await writeAudit(tx, ctx, {
      action: "integration.oauth_failed", resourceType: "integration", resourceId: integrationId,
      summary: { name: current.name, reason, ...(detail ? { detail } : {}), statusChanged: downgrade ? { from: current.status, to: "ERROR" } : null },
    });
  });
  return failureLocation(reason, integrationId);
}

/** A callback whose state matches no attempt of this org and user: nothing to mark, but it is recorded. */
export async function recordUnknownState(ctx: Ctx): Promise<string> {
  await db.$transaction((tx) => writeAudit(tx, ctx, { action: "integration.oauth_failed", resourceType: "integration", summary: { reason: "state_mismatch" } }));
  return failureLocation("state_mismatch");
}
