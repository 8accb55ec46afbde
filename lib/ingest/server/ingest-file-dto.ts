import type { TIngestFileDto } from "../schemas";

export const ingestFileSelect = {
  id: true, source: true, detectedSource: true, fileName: true, sizeBytes: true, sha256: true, via: true, status: true, lines: true, stored: true,
  duplicates: true, rejected: true, reasons: true, bytesRead: true, error: true, createdAt: true, startedAt: true, finishedAt: true,
} as const;

type Row = Omit<TIngestFileDto, "sizeBytes" | "bytesRead" | "reasons" | "createdAt" | "startedAt" | "finishedAt"> & {
  sizeBytes: bigint; bytesRead: bigint; reasons: unknown; createdAt: Date; startedAt: Date | null; finishedAt: Date | null;
};

export const toIngestFileDto = (r: Row): TIngestFileDto => ({
  ...r, sizeBytes: Number(r.sizeBytes), bytesRead: Number(r.bytesRead), reasons: (r.reasons ?? {}) as Record<string, number>,
  createdAt: r.createdAt.toISOString(), startedAt: r.startedAt?.toISOString() ?? null, finishedAt: r.finishedAt?.toISOString() ?? null,
});
