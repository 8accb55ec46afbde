import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";

/** Deletes the integration with its secrets and pending OAuth states; apps and data sources keep a null link. */
export const deleteIntegration = async ({ ctx, integrationId }: { ctx: Ctx; integrationId: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.integration.findFirst({
      where: { id: integrationId, orgId: ctx.orgId },
      select: { name: true, kind: true, provider: true, secrets: { select: { purpose: true, last4: true } } },
    });
    if (!current) throw notFound("Integration");
    await tx.integration.delete({ where: { id: integrationId, orgId: ctx.orgId } });
    await writeAudit(tx, ctx, {
      action: "integration.deleted", resourceType: "integration", resourceId: integrationId,
      summary: { name: current.name, kind: current.kind, provider: current.provider, secrets: current.secrets.map((s) => s.purpose) },
    });
  });
