import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { ManualSecretPurpose } from "../providers";
import type { TCreateIntegrationRequest, TIntegration } from "../schemas";
import { refreshConfiguredStatus } from "./connection-status";
import { integrationSelect, toIntegrationDto } from "./integration-dto";
import { storeIntegrationSecret } from "./store-integration-secret";

type CreateIntegrationOptions = { ctx: Ctx; input: TCreateIntegrationRequest };

/** Stores the definition (non-secret config) and its secrets, encrypted; the response carries metadata only. */
export const createIntegration = async ({ ctx, input }: CreateIntegrationOptions): Promise<TIntegration> => {
  const secrets = Object.entries(input.secrets).filter((e): e is [ManualSecretPurpose, string] => typeof e[1] === "string");
  return db.$transaction(async (tx) => {
    const taken = await tx.integration.findFirst({ where: { orgId: ctx.orgId, name: input.name }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", `An integration named "${input.name}" already exists`);
    const { id } = await tx.integration.create({
      data: { orgId: ctx.orgId, kind: input.kind, provider: input.provider, name: input.name, config: input.config as Prisma.InputJsonObject, status: "PENDING" },
      select: { id: true },
    });
    const stored = [];
    for (const [purpose, value] of secrets) {
      stored.push(await storeIntegrationSecret(tx, { orgId: ctx.orgId, integrationId: id, purpose, value }));
    }
    await refreshConfiguredStatus(tx, ctx.orgId, id);
    await writeAudit(tx, ctx, {
      action: "integration.created", resourceType: "integration", resourceId: id,
      summary: {
        name: input.name, kind: input.kind, provider: input.provider,
        secrets: stored.map((s) => ({ purpose: s.purpose, last4: s.last4, fingerprint: s.fingerprint })),
      },
    });
    const row = await tx.integration.findFirstOrThrow({ where: { id, orgId: ctx.orgId }, select: integrationSelect });
    return toIntegrationDto(row);
  });
};
