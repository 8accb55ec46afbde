import { isDataCategory, type TClassification, type TDataStoreKind, type TDatasetAccess, type TExposure } from "./constants";
import type { TReachabilityApp, TReachabilityProvider, TReachabilityResponse, TReachabilityRisk, TReachabilityRow } from "./schemas";

export type ReachabilityInput = {
  datasets: { id: string; name: string; classification: TClassification; categories: string[]; owner: string }[];
  links: { datasetId: string; appId: string; access: TDatasetAccess }[];
  dataStores: { datasetId: string; appId: string; name: string; kind: TDataStoreKind }[];
  apps: { id: string; name: string; exposure: TExposure }[];
  usages: { appId: string; provider: string; modelId: string; viaGateway: boolean }[];
};

const CLASSIFICATION_RANK: Record<TClassification, number> = { RESTRICTED: 0, CONFIDENTIAL: 1, INTERNAL: 2, PUBLIC: 3 };
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const providerKey = (p: TReachabilityProvider) => `${p.provider}\u0000${p.modelId}\u0000${p.viaGateway}`;

function distinctProviders(list: TReachabilityProvider[]): TReachabilityProvider[] {
  const seen = new Map<string, TReachabilityProvider>();
  for (const p of list) seen.set(providerKey(p), { provider: p.provider, modelId: p.modelId, viaGateway: p.viaGateway });
  return [...seen.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.modelId.localeCompare(b.modelId) || Number(a.viaGateway) - Number(b.viaGateway));
}

/**
 * Restricted data must not reach the public internet through an app, nor leave for a model provider
 * around the gateway (where DLP and logging happen). Confidential paths are shown but not flagged.
 */
export function risksFor(classification: TClassification, app: { exposure: TExposure; providers: TReachabilityProvider[] }): TReachabilityRisk[] {
  if (classification !== "RESTRICTED") return [];
  const risks: TReachabilityRisk[] = [];
  if (app.exposure === "PUBLIC") risks.push("PUBLIC_APP");
  if (app.providers.some((p) => !p.viaGateway)) risks.push("UNGATED_PROVIDER");
  return risks;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Joins datasets → apps (explicit links and app data stores) → model providers, and flags risky paths. */
export function computeReachability(input: ReachabilityInput): TReachabilityResponse {
  const appsById = new Map(input.apps.map((a) => [a.id, a]));
  const linksByDataset = groupBy(input.links, (l) => l.datasetId);
  const storesByDataset = groupBy(input.dataStores, (s) => s.datasetId);
  const usagesByApp = groupBy(input.usages, (u) => u.appId);

  const rows: TReachabilityRow[] = input.datasets.map((dataset) => {
    const reaching = new Map<string, TReachabilityApp>();
    const entryFor = (appId: string) => {
      const app = appsById.get(appId);
      if (!app) return null; // a path to an app we were not given (e.g. another org's) is never shown
      let entry = reaching.get(appId);
      if (!entry) {
        const providers = distinctProviders(usagesByApp.get(appId) ?? []);
        entry = { id: app.id, name: app.name, exposure: app.exposure, access: [], dataStores: [], providers, risks: [] };
        reaching.set(appId, entry);
      }
      return entry;
    };
    for (const link of linksByDataset.get(dataset.id) ?? []) {
      const entry = entryFor(link.appId);
      if (entry && !entry.access.includes(link.access)) entry.access.push(link.access);
    }
    for (const store of storesByDataset.get(dataset.id) ?? []) {
      entryFor(store.appId)?.dataStores.push({ name: store.name, kind: store.kind });
    }
    const apps = [...reaching.values()].sort(byName).map((a) => ({
      ...a,
      access: [...a.access].sort(),
      dataStores: [...a.dataStores].sort(byName),
      risks: risksFor(dataset.classification, a),
    }));
    return {
      dataset: { id: dataset.id, name: dataset.name, classification: dataset.classification, categories: dataset.categories.filter(isDataCategory), owner: dataset.owner },
      apps,
      providers: distinctProviders(apps.flatMap((a) => a.providers)),
      risky: apps.some((a) => a.risks.length > 0),
    };
  });

  rows.sort((a, b) =>
    CLASSIFICATION_RANK[a.dataset.classification] - CLASSIFICATION_RANK[b.dataset.classification] ||
    Number(b.risky) - Number(a.risky) ||
    a.dataset.name.localeCompare(b.dataset.name));

  return {
    rows,
    summary: {
      sensitiveDatasets: rows.length,
      reachableDatasets: rows.filter((r) => r.apps.length > 0).length,
      riskyDatasets: rows.filter((r) => r.risky).length,
    },
  };
}
