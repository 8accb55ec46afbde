import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { apiKeySelect, toApiKeyDto } from "./api-key-dto";

export const revokeApiKey = async ({ ctx, apiKeyId }: { ctx: Ctx; apiKeyId: string }) =>
  db.$transaction(async (tx) => {
    const current = await tx.apiKey.findFirst({ where: { id: apiKeyId, orgId: ctx.orgId }, select: { revokedAt: true, name: true, prefix: true } });
    if (!current) throw notFound("API key");
    const updated = await tx.apiKey.update({
      where: { id: apiKeyId, orgId: ctx.orgId },
      data: { revokedAt: current.revokedAt ?? new Date() },
      select: apiKeySelect,
    });
    if (!current.revokedAt) {
      await writeAudit(tx, ctx, { action: "api_key.revoked", resourceType: "api_key", resourceId: apiKeyId, summary: { name: current.name, prefix: current.prefix } });
    }
    return toApiKeyDto(updated);
  });
