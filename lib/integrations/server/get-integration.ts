import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import { integrationSelect, toIntegrationDto } from "./integration-dto";

export const getIntegration = async ({ ctx, integrationId }: { ctx: Ctx; integrationId: string }) => {
  const row = await db.integration.findFirst({ where: { id: integrationId, orgId: ctx.orgId }, select: integrationSelect });
  if (!row) throw notFound("Integration");
  return toIntegrationDto(row);
};
