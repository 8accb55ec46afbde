import type { TScanRunDto } from "../scan-schemas";

export const scanRunSelect = { id: true, datasetId: true, status: true, total: true, scanned: true, findings: true, error: true, createdAt: true, finishedAt: true } as const;
type Row = Omit<TScanRunDto, "createdAt" | "finishedAt"> & { createdAt: Date; finishedAt: Date | null };

export const toScanRunDto = (row: Row): TScanRunDto => ({ ...row, createdAt: row.createdAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null });
