import type { Prisma } from "@/lib/generated/prisma/client";
import type { TImportRun } from "../schemas";

export const importRunSelect = {
  id: true, appId: true, app: { select: { name: true } }, fileName: true, sha256: true, format: true, specVersion: true, tools: true, via: true,
  results: true, created: true, updated: true, duplicates: true, resolved: true, skipped: true, createdAt: true,
} as const satisfies Prisma.ImportRunSelect;
type ImportRunRow = Prisma.ImportRunGetPayload<{ select: typeof importRunSelect }>;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const skips = (v: unknown) =>
  (Array.isArray(v) ? v : []).flatMap((s: unknown) => {
    const o = s as { reason?: unknown; count?: unknown } | null;
    return o && typeof o.reason === "string" && typeof o.count === "number" ? [{ reason: o.reason, count: o.count }] : [];
  });

export const toImportRunDto = (r: ImportRunRow): TImportRun => ({
  id: r.id, appId: r.appId, appName: r.app.name, file: r.fileName, sha256: r.sha256, format: r.format, specVersion: r.specVersion, tools: strings(r.tools),
  via: r.via, results: r.results, created: r.created, updated: r.updated, duplicates: r.duplicates, resolved: r.resolved, skipped: skips(r.skipped),
  createdAt: r.createdAt.toISOString(),
});
