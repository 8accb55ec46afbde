import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { apiKeySelect, toApiKeyDto } from "./api-key-dto";

export const listApiKeys = async ({ ctx }: { ctx: Ctx }) => {
  const rows = await db.apiKey.findMany({
    where: { orgId: ctx.orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: apiKeySelect,
    take: 500,
  });
  return rows.map((r) => toApiKeyDto(r));
};
