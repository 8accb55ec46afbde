import { isDataCategory, type TClassification, type TDataStoreKind, type TDatasetAccess, type TExposure } from "../constants";
import type { TDataset, TDatasetLink } from "../schemas";

export const datasetSelect = {
  id: true, name: true, locationUri: true, storeType: true, owner: true, classification: true, categories: true,
  approxSizeBytes: true, retentionDays: true, createdAt: true, updatedAt: true,
  source: { select: { id: true, name: true, kind: true } },
  _count: { select: { appLinks: true } },
} as const;

type DatasetRow = {
  id: string; name: string; locationUri: string; storeType: TDataStoreKind | null; owner: string; classification: TClassification;
  categories: string[]; approxSizeBytes: bigint | null; retentionDays: number | null; createdAt: Date; updatedAt: Date;
  source: { id: string; name: string; kind: string } | null;
  _count: { appLinks: number };
};

export const toDatasetDto = (d: DatasetRow): TDataset => ({
  id: d.id, name: d.name, source: d.source ? { id: d.source.id, name: d.source.name, kind: d.source.kind } : null,
  locationUri: d.locationUri, storeType: d.storeType, owner: d.owner, classification: d.classification,
  categories: d.categories.filter(isDataCategory),
  approxSizeBytes: d.approxSizeBytes === null ? null : Number(d.approxSizeBytes),
  retentionDays: d.retentionDays, linkCount: d._count.appLinks,
  createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString(),
});

const appRef = { select: { id: true, name: true, exposure: true } } as const;
export const datasetLinkSelect = { id: true, datasetId: true, access: true, createdAt: true, app: appRef } as const;
export const datasetDataStoreSelect = { id: true, name: true, kind: true, app: appRef } as const;

type AppRefRow = { id: string; name: string; exposure: TExposure };
type LinkRow = { id: string; datasetId: string; access: TDatasetAccess; createdAt: Date; app: AppRefRow };

export const toDatasetLinkDto = (l: LinkRow): TDatasetLink => ({
  id: l.id, datasetId: l.datasetId, access: l.access, createdAt: l.createdAt.toISOString(),
  app: { id: l.app.id, name: l.app.name, exposure: l.app.exposure },
});

type DataStoreRow = { id: string; name: string; kind: TDataStoreKind; app: AppRefRow };

export const toDatasetDataStoreDto = (s: DataStoreRow) => ({
  id: s.id, name: s.name, kind: s.kind, app: { id: s.app.id, name: s.app.name, exposure: s.app.exposure },
});
