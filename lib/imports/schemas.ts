import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";

export const IMPORT_CONTENT_TYPES = ["application/json", "application/sarif+json", "application/vnd.cyclonedx+json", "application/octet-stream"] as const;
export const IMPORT_VIAS = ["UI", "API", "CLI"] as const;
export type ImportVia = (typeof IMPORT_VIAS)[number];

export const ZImportUploadQuery = z
  .object({ appId: ZId, fileName: z.string().trim().min(1).max(255).default("upload.json") })
  .strict();

export const ZListImportsQuery = z
  .object({
    appId: ZId.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    /** Opaque keyset cursor from a previous page's `nextCursor`. */
    cursor: z.string().max(200).regex(/^[A-Za-z0-9_-]+$/, "a cursor from nextCursor").optional(),
  })
  .strict();
export type TListImportsQuery = z.output<typeof ZListImportsQuery>;

export const ZImportRun = z
  .object({
    id: ZId,
    appId: ZId,
    appName: z.string(),
    file: z.string(),
    sha256: z.string(),
    format: z.string(),
    specVersion: z.string().nullable(),
    tools: z.array(z.string()),
    via: z.string(),
    /** The ledger: results = created + updated + duplicates + the other skips. */
    results: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    duplicates: z.number().int(),
    /** Earlier findings of the same app and tool that this scan no longer reports. */
    resolved: z.number().int(),
    skipped: z.array(z.object({ reason: z.string(), count: z.number().int() }).strict()),
    createdAt: ZIsoDate,
  })
  .strict();
export type TImportRun = z.infer<typeof ZImportRun>;

export const ZImportResponse = z
  .object({ import: ZImportRun.extend({ reopened: z.number().int(), warnings: z.array(z.string()) }).strict() })
  .strict();
export type TImportResult = z.infer<typeof ZImportResponse>["import"];

export const ZListImportsResponse = z.object({ imports: z.array(ZImportRun), nextCursor: z.string().nullable() }).strict();
