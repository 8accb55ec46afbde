import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAppDataStore, TAppDetail, TAppSummary, TModelUsage } from "../schemas";

const ownerSelect = { select: { id: true, email: true, name: true } } as const;

const appFieldsSelect = {
  id: true, name: true, description: true, businessUnit: true, criticality: true, lifecycle: true, environments: true,
  exposure: true, endUserAuth: true, deployment: true, framework: true, frontend: true, tags: true, createdAt: true,
  updatedAt: true, owner: ownerSelect,
} as const;

export const modelUsageSelect = {
  id: true, provider: true, modelId: true, purpose: true, viaGateway: true, createdAt: true,
  credential: { select: { id: true, name: true, provider: true, status: true } },
} as const satisfies Prisma.ModelUsageSelect;

export const dataStoreSelect = {
  id: true, kind: true, name: true, dataset: { select: { id: true, name: true, classification: true } },
} as const satisfies Prisma.AppDataStoreSelect;

/** Nested lists are filtered by org as well, so a row can never pull in another tenant's children. */
export const appSummarySelect = (orgId: string) =>
  ({
    ...appFieldsSelect,
    modelUsages: { where: { orgId }, select: { provider: true } },
    _count: { select: { modelUsages: { where: { orgId } }, dataStores: { where: { orgId } } } },
  }) satisfies Prisma.LlmAppSelect;

export const appDetailSelect = (orgId: string) =>
  ({
    ...appFieldsSelect,
    modelUsages: { where: { orgId }, orderBy: [{ provider: "asc" }, { modelId: "asc" }, { purpose: "asc" }, { id: "asc" }], select: modelUsageSelect },
    dataStores: { where: { orgId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: dataStoreSelect },
    datasetLinks: {
      where: { orgId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true, access: true,
        dataset: { select: { id: true, name: true, classification: true, source: { select: { id: true, name: true, kind: true } } } },
      },
    },
  }) satisfies Prisma.LlmAppSelect;

type AppFieldsRow = Prisma.LlmAppGetPayload<{ select: typeof appFieldsSelect }>;
type SummaryRow = Prisma.LlmAppGetPayload<{ select: ReturnType<typeof appSummarySelect> }>;
type DetailRow = Prisma.LlmAppGetPayload<{ select: ReturnType<typeof appDetailSelect> }>;
type ModelUsageRow = Prisma.ModelUsageGetPayload<{ select: typeof modelUsageSelect }>;
type DataStoreRow = Prisma.AppDataStoreGetPayload<{ select: typeof dataStoreSelect }>;

const toAppFields = (a: AppFieldsRow) => ({
  id: a.id, name: a.name, description: a.description, owner: a.owner, businessUnit: a.businessUnit,
  criticality: a.criticality, lifecycle: a.lifecycle, environments: a.environments, exposure: a.exposure,
  endUserAuth: a.endUserAuth, deployment: a.deployment, framework: a.framework, frontend: a.frontend, tags: a.tags,
  createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString(),
});

export const toAppSummaryDto = (a: SummaryRow): TAppSummary => ({
  ...toAppFields(a),
  providers: [...new Set(a.modelUsages.map((u) => u.provider))].sort(),
  modelUsageCount: a._count.modelUsages,
  dataStoreCount: a._count.dataStores,
});

export const toModelUsageDto = (u: ModelUsageRow): TModelUsage => ({
  id: u.id, provider: u.provider, modelId: u.modelId, purpose: u.purpose, credential: u.credential,
  viaGateway: u.viaGateway, createdAt: u.createdAt.toISOString(),
});

export const toDataStoreDto = (s: DataStoreRow): TAppDataStore => ({ id: s.id, kind: s.kind, name: s.name, dataset: s.dataset });

export const toAppDetailDto = (a: DetailRow): TAppDetail => ({
  ...toAppFields(a),
  modelUsages: a.modelUsages.map(toModelUsageDto),
  dataStores: a.dataStores.map(toDataStoreDto),
  datasets: a.datasetLinks.map((l) => ({
    linkId: l.id, access: l.access, id: l.dataset.id, name: l.dataset.name,
    classification: l.dataset.classification, source: l.dataset.source,
  })),
});
