import { z } from "zod";
import { ZId, ZIsoDate, ZLimit } from "@/lib/api/common";
import { decodeCursor } from "./cursor";
import { DAY_MS, resolveRange } from "./time-range";

export const UNMAPPED_LABEL = "Unmapped (shadow AI)";
export const UNMAPPED_KEY = "unmapped";
export const CLOUD_OUTCOMES = ["success", "failure", "unknown"] as const;

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZFlag = z.enum(["true", "false"]).transform((v) => v === "true");
const ZCursor = z.string().max(200).refine((c) => decodeCursor(c) !== null, "a cursor from nextCursor");

const fromBeforeTo = (v: { from?: string; to?: string }) => !(v.from && v.to) || Date.parse(v.from) < Date.parse(v.to);
const fromBeforeToIssue = { message: "from must be before to", path: ["from"] };

// ─── LLM calls ───

export const ZListLlmEventsQuery = z
  .object({
    from: ZIsoDate.optional(), to: ZIsoDate.optional(),
    appId: ZId.optional(), unmapped: ZFlag.optional(),
    provider: ZText(60).optional(), model: ZText(200).optional(), principal: ZText(500).optional(), operation: ZText(60).optional(),
    hasFindings: ZFlag.optional(),
    cursor: ZCursor.optional(), limit: ZLimit,
  })
  .strict()
  .refine(fromBeforeTo, fromBeforeToIssue)
  .refine((v) => !(v.appId && v.unmapped), { message: "Use either appId or unmapped=true, not both", path: ["unmapped"] });
export type TListLlmEventsQuery = z.output<typeof ZListLlmEventsQuery>;
export type TLlmEventFilters = Omit<TListLlmEventsQuery, "cursor" | "limit">;

export const ZLlmEventRow = z
  .object({
    id: ZId, time: ZIsoDate, source: z.string(), provider: z.string(), operation: z.string(),
    requestModel: z.string().nullable(), responseModel: z.string().nullable(),
    inputTokens: z.number().int().nullable(), outputTokens: z.number().int().nullable(), costUsd: z.number().nullable(),
    appId: ZId.nullable(), appName: z.string().nullable(),
    principal: z.string().nullable(), apiKeyId: z.string().nullable(), projectId: z.string().nullable(), findingCount: z.number().int(),
  })
  .strict();
export type TLlmEventRow = z.infer<typeof ZLlmEventRow>;
export const ZListLlmEventsResponse = z.object({ events: z.array(ZLlmEventRow), nextCursor: z.string().nullable() }).strict();

export const ZEventFinding = z
  .object({
    findingId: ZId, ruleId: z.string(), title: z.string(), detector: z.string(),
    severity: z.enum(["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"]),
    status: z.enum(["OPEN", "TRIAGED", "IN_PROGRESS", "RESOLVED", "FALSE_POSITIVE", "RISK_ACCEPTED"]),
    evidence: z.string(), occurrences: z.number().int(),
  })
  .strict();
export type TEventFinding = z.infer<typeof ZEventFinding>;

export const ZLlmEventDetail = ZLlmEventRow.extend({
  fileId: ZId.nullable(), responseId: z.string().nullable(), requestCount: z.number().int().nullable(), periodEnd: ZIsoDate.nullable(),
  deployment: z.string().nullable(), sourceIp: z.string().nullable(), userAgent: z.string().nullable(),
  traceId: z.string().nullable(), spanId: z.string().nullable(), finishReasons: z.array(z.string()), errorType: z.string().nullable(),
  /** Already DLP-redacted when it was ingested. */
  prompt: z.string().nullable(), completion: z.string().nullable(),
  raw: z.string().nullable(), createdAt: ZIsoDate, findings: z.array(ZEventFinding),
}).strict();
export type TLlmEventDetail = z.infer<typeof ZLlmEventDetail>;
export const ZLlmEventResponse = z.object({ event: ZLlmEventDetail }).strict();

// ─── Cloud audit ───

export const ZListCloudEventsQuery = z
  .object({
    from: ZIsoDate.optional(), to: ZIsoDate.optional(),
    provider: ZText(20).optional(), principal: ZText(500).optional(), service: ZText(200).optional(), action: ZText(200).optional(),
    outcome: z.enum(CLOUD_OUTCOMES).optional(),
    cursor: ZCursor.optional(), limit: ZLimit,
  })
  .strict()
  .refine(fromBeforeTo, fromBeforeToIssue);
export type TListCloudEventsQuery = z.output<typeof ZListCloudEventsQuery>;
export type TCloudEventFilters = Omit<TListCloudEventsQuery, "cursor" | "limit">;

export const ZCloudEventRow = z
  .object({
    id: ZId, time: ZIsoDate, source: z.string(), provider: z.string(), account: z.string().nullable(), principal: z.string().nullable(),
    service: z.string(), action: z.string(), resource: z.string().nullable(), outcome: z.string(), region: z.string().nullable(),
    model: z.string().nullable(), sourceIp: z.string().nullable(),
  })
  .strict();
export type TCloudEventRow = z.infer<typeof ZCloudEventRow>;
export const ZListCloudEventsResponse = z.object({ events: z.array(ZCloudEventRow), nextCursor: z.string().nullable() }).strict();

export const ZCloudEventDetail = ZCloudEventRow.extend({ fileId: ZId.nullable(), userAgent: z.string().nullable(), raw: z.string().nullable(), createdAt: ZIsoDate }).strict();
export type TCloudEventDetail = z.infer<typeof ZCloudEventDetail>;
export const ZCloudEventResponse = z.object({ event: ZCloudEventDetail }).strict();

// ─── Filter choices ───

export const ZEventFacetsQuery = z.object({ from: ZIsoDate.optional(), to: ZIsoDate.optional() }).strict().refine(fromBeforeTo, fromBeforeToIssue);
export const ZEventFacets = z
  .object({
    apps: z.array(z.object({ id: ZId, name: z.string() }).strict()),
    providers: z.array(z.string()), models: z.array(z.string()), operations: z.array(z.string()), cloudProviders: z.array(z.string()),
  })
  .strict();
export type TEventFacets = z.infer<typeof ZEventFacets>;

// ─── Usage & cost ───

export const USAGE_BUCKETS = ["day", "hour"] as const;
export const USAGE_GROUPS = ["app", "model", "provider"] as const;
export type UsageBucket = (typeof USAGE_BUCKETS)[number];
export type UsageGroup = (typeof USAGE_GROUPS)[number];
/** Bounds the number of buckets a request can ask for. */
export const MAX_USAGE_RANGE_MS: Record<UsageBucket, number> = { hour: 31 * DAY_MS, day: 400 * DAY_MS };

export const ZUsageQuery = z
  .object({ from: ZIsoDate.optional(), to: ZIsoDate.optional(), bucket: z.enum(USAGE_BUCKETS).default("day"), groupBy: z.enum(USAGE_GROUPS).default("app") })
  .strict()
  .refine(fromBeforeTo, fromBeforeToIssue)
  .refine((v) => {
    const { from, to } = resolveRange(v);
    return to.getTime() - from.getTime() <= MAX_USAGE_RANGE_MS[v.bucket];
  }, { message: "Range too long for this bucket (hourly: 31 days, daily: 400 days)", path: ["from"] });
export type TUsageQuery = z.output<typeof ZUsageQuery>;

const usageNumbers = { inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number(), requests: z.number() };
export const ZUsagePoint = z.object({ bucket: ZIsoDate, key: z.string(), label: z.string(), ...usageNumbers }).strict();
export type TUsagePoint = z.infer<typeof ZUsagePoint>;
export const ZUsageTotal = z.object({ key: z.string(), label: z.string(), ...usageNumbers }).strict();
export type TUsageTotal = z.infer<typeof ZUsageTotal>;
export const ZUsageResponse = z
  .object({
    from: ZIsoDate, to: ZIsoDate, bucket: z.enum(USAGE_BUCKETS), groupBy: z.enum(USAGE_GROUPS),
    series: z.array(ZUsagePoint), totals: z.array(ZUsageTotal),
  })
  .strict();
export type TUsageResponse = z.infer<typeof ZUsageResponse>;
