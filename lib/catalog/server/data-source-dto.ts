import type { TDataSource } from "../schemas";

export const dataSourceSelect = {
  id: true, name: true, kind: true, description: true, createdAt: true, updatedAt: true,
  integration: { select: { id: true, name: true, kind: true, provider: true } },
  _count: { select: { datasets: true } },
} as const;

type DataSourceRow = {
  id: string; name: string; kind: string; description: string; createdAt: Date; updatedAt: Date;
  integration: TDataSource["integration"];
  _count: { datasets: number };
};

export const toDataSourceDto = (s: DataSourceRow): TDataSource => ({
  id: s.id, name: s.name, kind: s.kind, description: s.description,
  integration: s.integration ? { id: s.integration.id, name: s.integration.name, kind: s.integration.kind, provider: s.integration.provider } : null,
  datasetCount: s._count.datasets,
  createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
});
