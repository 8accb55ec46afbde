import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/principal";
import type { TAppDetail } from "../schemas";
import { appDetailSelect, toAppDetailDto } from "./app-dto";

export const getApp = async ({ ctx, appId }: { ctx: Ctx; appId: string }): Promise<TAppDetail> => {
  const app = await db.llmApp.findFirst({ where: { id: appId, orgId: ctx.orgId }, select: appDetailSelect(ctx.orgId) });
  if (!app) throw notFound("App");
  return toAppDetailDto(app);
};
