import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TCatalogOptions } from "../schemas";

/** What the catalog forms offer to pick from: the org's apps (for links) and integrations (for sources). */
export const getCatalogOptions = async ({ ctx }: { ctx: Ctx }): Promise<TCatalogOptions> => {
  const [apps, integrations] = await Promise.all([
    db.llmApp.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true, exposure: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 }),
    db.integration.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true, kind: true, provider: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 }),
  ]);
  return { apps, integrations };
};
