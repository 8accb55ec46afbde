// DTOs of stored-record scanning: dataset samples, scan runs and the findings they produce.
import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";
import { ZSeverity } from "./policy-schemas";
import { ZDetectorKind } from "./schemas";

export const SAMPLE_MAX_CHARS = 65_536;

export const ZAddSamplesRequest = z
  .object({
    samples: z.array(z.object({ label: z.string().trim().min(1).max(200), content: z.string().min(1).max(SAMPLE_MAX_CHARS) }).strict()).min(1).max(200),
  })
  .strict();
export type TAddSamplesRequest = z.infer<typeof ZAddSamplesRequest>;

export const ZSampleDto = z
  .object({ id: ZId, label: z.string(), chars: z.number().int(), findingCount: z.number().int(), scannedAt: ZIsoDate.nullable(), createdAt: ZIsoDate })
  .strict();
export const ZScanRunDto = z
  .object({
    id: ZId, datasetId: ZId.nullable(), status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]), total: z.number().int(),
    scanned: z.number().int(), findings: z.number().int(), error: z.string().nullable(), createdAt: ZIsoDate, finishedAt: ZIsoDate.nullable(),
  })
  .strict();
export type TScanRunDto = z.infer<typeof ZScanRunDto>;

export const ZListSamplesResponse = z.object({ samples: z.array(ZSampleDto), total: z.number().int(), latestScan: ZScanRunDto.nullable() }).strict();
export const ZAddSamplesResponse = z.object({ added: z.number().int() }).strict();
export const ZScanRunResponse = z.object({ scan: ZScanRunDto }).strict();

export const ZDatasetFindingDto = z
  .object({
    id: ZId, detector: ZDetectorKind, ruleId: z.string(), title: z.string(), severity: ZSeverity, status: z.string(), evidence: z.string(),
    occurrences: z.number().int(), firstSeenAt: ZIsoDate, lastSeenAt: ZIsoDate,
    tags: z.object({ owasp: z.array(z.string()), atlas: z.array(z.string()), nist: z.array(z.string()) }).strict(),
  })
  .strict();
export const ZDatasetFindingsResponse = z
  .object({
    findings: z.array(ZDatasetFindingDto),
    byType: z.array(z.object({ detector: ZDetectorKind, ruleId: z.string(), findings: z.number().int(), occurrences: z.number().int() }).strict()),
    /** The classification the detected data calls for, when it is stricter than the dataset's current one. */
    suggestedClassification: z.enum(["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"]).nullable(),
  })
  .strict();
