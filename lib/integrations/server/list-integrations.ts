import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TListIntegrationsQuery } from "../schemas";
import { integrationSelect, toIntegrationDto } from "./integration-dto";

export const listIntegrations = async ({ ctx, kind, q }: { ctx: Ctx } & TListIntegrationsQuery) => {
  const rows = await db.integration.findMany({
    where: {
      orgId: ctx.orgId,
      ...(kind ? { kind } : {}),
      ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { provider: { contains: q, mode: "insensitive" as const } }] } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: integrationSelect,
    take: 500,
  });
  const now = Date.now();
  return rows.map((r) => toIntegrationDto(r, now));
};
