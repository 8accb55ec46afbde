import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TOAuthConnection } from "../schemas";
import { oauthConnectionSelect, toOAuthConnectionDto } from "./oauth-connection-dto";

export const getOAuthConnection = async ({ ctx, integrationId }: { ctx: Ctx; integrationId: string }): Promise<TOAuthConnection> => {
  const row = await db.integration.findFirst({ where: { id: integrationId, orgId: ctx.orgId, kind: "OAUTH_CONNECTION" }, select: oauthConnectionSelect });
  if (!row) throw notFound("Integration");
  return toOAuthConnectionDto(row);
};
