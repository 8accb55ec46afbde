import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { byRotationUrgency } from "../rotation";
import type { TRotationEntry } from "../schemas";
import { secretSelect, toSecretDto } from "./integration-dto";

/** Every secret of the org with its rotation deadline, overdue first. */
export const listSecretRotation = async ({ ctx }: { ctx: Ctx }): Promise<TRotationEntry[]> => {
  const rows = await db.integrationSecret.findMany({
    where: { orgId: ctx.orgId },
    select: { ...secretSelect, integration: { select: { id: true, name: true, kind: true, provider: true } } },
    orderBy: [{ lastRotatedAt: "asc" }, { id: "asc" }],
    take: 5000,
  });
  const now = Date.now();
  return rows
    .map(({ integration, ...secret }) => ({
      ...toSecretDto(secret, now),
      integrationId: integration.id, integrationName: integration.name, integrationKind: integration.kind, provider: integration.provider,
    }))
    .sort(byRotationUrgency);
};
