import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { policySelect, toPolicyDto } from "./policy-store";

/** The org default and every app with its own policy (null when the app inherits the default). */
export const listDlpPolicies = async ({ ctx }: { ctx: Ctx }) => {
  const [orgDefault, apps] = await Promise.all([
    db.dlpPolicy.findFirst({ where: { orgId: ctx.orgId, appId: null }, select: policySelect }),
    db.llmApp.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true, dlpPolicy: { select: policySelect } }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  return {
    orgDefault: toPolicyDto(orgDefault),
    apps: apps.map((a) => ({ appId: a.id, appName: a.name, policy: a.dlpPolicy ? toPolicyDto(a.dlpPolicy) : null })),
  };
};
