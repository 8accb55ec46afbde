import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { secretSelect, toSecretDto } from "./integration-dto";

type UpdateSecretPolicyOptions = { ctx: Ctx; integrationId: string; secretId: string; rotationDays: number };

export const updateSecretPolicy = async ({ ctx, integrationId, secretId, rotationDays }: UpdateSecretPolicyOptions) =>
  db.$transaction(async (tx) => {
    const current = await tx.integrationSecret.findFirst({
      where: { id: secretId, integrationId, orgId: ctx.orgId },
      select: { purpose: true, rotationDays: true, integration: { select: { name: true } } },
    });
    if (!current) throw notFound("Secret");
    const row = await tx.integrationSecret.update({ where: { id: secretId, orgId: ctx.orgId }, data: { rotationDays }, select: secretSelect });
    await writeAudit(tx, ctx, {
      action: "integration.secret_policy_changed", resourceType: "integration_secret", resourceId: secretId,
      summary: { integrationId, integration: current.integration.name, purpose: current.purpose, before: { rotationDays: current.rotationDays }, after: { rotationDays } },
    });
    return toSecretDto(row);
  });
