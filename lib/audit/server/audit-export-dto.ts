import type { TAuditExport, TAuditFilters } from "../schemas";

export const auditExportSelect = {
  id: true, status: true, progress: true, rowCount: true, filters: true, error: true, createdAt: true, finishedAt: true,
} as const;

type Row = Omit<TAuditExport, "createdAt" | "finishedAt" | "filters"> & { createdAt: Date; finishedAt: Date | null; filters: unknown };

export const toAuditExportDto = (r: Row): TAuditExport => ({
  ...r, filters: r.filters as TAuditFilters, createdAt: r.createdAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null,
});
