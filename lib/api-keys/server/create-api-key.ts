import { generateApiKey } from "@/lib/server/api-key-crypto";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TCreateApiKeyRequest, TCreateApiKeyResponse } from "../schemas";
import { apiKeySelect, toApiKeyDto } from "./api-key-dto";

type CreateApiKeyOptions = { ctx: Ctx } & TCreateApiKeyRequest;

export const createApiKey = async ({ ctx, name, scopes, expiresInDays }: CreateApiKeyOptions): Promise<TCreateApiKeyResponse> => {
  if (ctx.principal.kind !== "user") throw new AppError("FORBIDDEN", "API keys are created by signed-in admins");
  const beyond = scopes.filter((s) => !ctx.scopes.has(s as never));
  if (beyond.length) throw new AppError("FORBIDDEN", `You cannot grant scopes you do not hold: ${beyond.join(", ")}`);
  const key = generateApiKey();
  const createdById = ctx.principal.userId;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        orgId: ctx.orgId, name, keyId: key.keyId, prefix: key.prefix, secretHash: key.secretHash, last4: key.last4,
        scopes: [...new Set(scopes)], createdById,
        expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
      },
      select: apiKeySelect,
    });
    await writeAudit(tx, ctx, {
      action: "api_key.created", resourceType: "api_key", resourceId: created.id,
      summary: { name, prefix: key.prefix, scopes: created.scopes, expiresAt: created.expiresAt?.toISOString() ?? null },
    });
    return created;
  });
  return { apiKey: toApiKeyDto(row), secret: key.token };
};
