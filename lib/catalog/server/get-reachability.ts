import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { SENSITIVE_CLASSIFICATIONS } from "../constants";
import { computeReachability } from "../reachability";

/**
 * Sensitive datasets → apps (links and app data stores) → model providers, in three round trips:
 * the datasets, then their links and stores, then the apps with their model usages.
 */
export const getReachability = async ({ ctx }: { ctx: Ctx }) => {
  const orgId = ctx.orgId;
  const datasets = await db.dataset.findMany({
    where: { orgId, classification: { in: [...SENSITIVE_CLASSIFICATIONS] } },
    select: { id: true, name: true, classification: true, categories: true, owner: true },
    take: 2000,
  });
  const datasetIds = datasets.map((d) => d.id);
  const [links, dataStores] = await Promise.all([
    db.datasetAppLink.findMany({ where: { orgId, datasetId: { in: datasetIds } }, select: { datasetId: true, appId: true, access: true } }),
    db.appDataStore.findMany({
      where: { orgId, datasetId: { in: datasetIds } },
      select: { datasetId: true, appId: true, name: true, kind: true },
    }),
  ]);
  const appIds = [...new Set([...links.map((l) => l.appId), ...dataStores.map((s) => s.appId)])];
  const [apps, usages] = await Promise.all([
    db.llmApp.findMany({ where: { orgId, id: { in: appIds } }, select: { id: true, name: true, exposure: true } }),
    db.modelUsage.findMany({ where: { orgId, appId: { in: appIds } }, select: { appId: true, provider: true, modelId: true, viaGateway: true } }),
  ]);
  return computeReachability({
    datasets,
    links,
    dataStores: dataStores.flatMap((s) => (s.datasetId ? [{ ...s, datasetId: s.datasetId }] : [])),
    apps,
    usages,
  });
};
