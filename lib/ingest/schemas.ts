import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";
import { REJECT_REASONS, SOURCE_TYPES } from "./types";

export const ZSourceOrAuto = z.enum(["auto", ...SOURCE_TYPES]);
export const UPLOAD_CONTENT_TYPES = ["application/octet-stream", "application/gzip", "application/x-gzip", "application/x-ndjson", "application/jsonl", "application/json", "text/plain"] as const;

export const ZUploadQuery = z
  .object({ source: ZSourceOrAuto.default("auto"), fileName: z.string().trim().min(1).max(255).default("upload.jsonl") })
  .strict();
export const ZPushParams = z.object({ source: ZSourceOrAuto }).strict();

export const ZIngestFileDto = z
  .object({
    id: ZId, source: z.string(), detectedSource: z.string().nullable(), fileName: z.string(), sizeBytes: z.number(), sha256: z.string(),
    via: z.enum(["UPLOAD", "API", "CLI", "PULL"]), status: z.enum(["STORED", "PROCESSING", "DONE", "FAILED"]),
    /** The ledger: lines = stored + duplicates + rejected. */
    lines: z.number().int(), stored: z.number().int(), duplicates: z.number().int(), rejected: z.number().int(),
    reasons: z.record(z.string(), z.number().int()), bytesRead: z.number(), error: z.string().nullable(),
    createdAt: ZIsoDate, startedAt: ZIsoDate.nullable(), finishedAt: ZIsoDate.nullable(),
  })
  .strict();
export type TIngestFileDto = z.infer<typeof ZIngestFileDto>;
export const ZIngestFileResponse = z.object({ file: ZIngestFileDto }).strict();

export const ZListIngestFilesQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(25), cursor: z.uuid().optional(), status: z.enum(["STORED", "PROCESSING", "DONE", "FAILED"]).optional() })
  .strict();
export const ZListIngestFilesResponse = z.object({ files: z.array(ZIngestFileDto), nextCursor: z.uuid().nullable() }).strict();

export const ZRejectionDto = z
  .object({ lineNumber: z.number().int(), recordIndex: z.number().int(), reason: z.enum(REJECT_REASONS), detail: z.string().nullable(), rawPreview: z.string(), rawBytes: z.number().int() })
  .strict();
export const ZListRejectionsResponse = z.object({ rejections: z.array(ZRejectionDto), total: z.number().int() }).strict();

export const ZPushResponse = z
  .object({ ingestionId: ZId, status: z.string(), ledger: z.object({ lines: z.number(), stored: z.number(), duplicates: z.number(), rejected: z.number() }).strict().optional(), errors: z.array(ZRejectionDto.pick({ recordIndex: true, lineNumber: true, reason: true, detail: true })).optional() })
  .strict();

export const ZMappingField = z.enum(["apiKeyId", "projectId", "deployment", "principal", "model", "sourceIp"]);
export const ZCreateMappingRuleRequest = z
  .object({
    appId: z.uuid(), field: ZMappingField, matchType: z.enum(["exact", "prefix"]).default("exact"),
    value: z.string().trim().min(1).max(500), priority: z.number().int().min(0).max(10_000).default(100),
    /** Also map past events that no rule mapped yet (events already mapped keep their app). */
    applyToPast: z.boolean().default(true),
  })
  .strict();
export type TCreateMappingRuleRequest = z.infer<typeof ZCreateMappingRuleRequest>;
export const ZMappingRuleDto = z
  .object({ id: ZId, appId: ZId, appName: z.string(), field: ZMappingField, matchType: z.enum(["exact", "prefix"]), value: z.string(), priority: z.number().int(), createdAt: ZIsoDate })
  .strict();
export const ZListMappingRulesResponse = z.object({ rules: z.array(ZMappingRuleDto) }).strict();
export const ZCreateMappingRuleResponse = z.object({ rule: ZMappingRuleDto, remapped: z.number().int() }).strict();
