import { z } from "zod";
import { ZId, ZIsoDate, ZLimit } from "@/lib/api/common";
import { SEVERITIES, SLA_STATES, SORTS, SOURCES, STATUSES } from "./constants";

const ZText = (max: number) => z.string().trim().min(1).max(max);
/** "A,B" in a query string → ["A", "B"], each checked against the allowed values. */
const ZCommaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().max(200).transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean)).pipe(z.array(z.enum(values)).min(1).max(values.length));

export const ZSeverity = z.enum(SEVERITIES);
export const ZStatus = z.enum(STATUSES);
export const ZSource = z.enum(SOURCES);
export const ZSlaState = z.enum(SLA_STATES);

export const ZFindingFilters = z
  .object({
    severity: ZCommaList(SEVERITIES).optional(),
    status: ZCommaList(STATUSES).optional(),
    source: ZCommaList(SOURCES).optional(),
    /** An app id, or "none" for findings not tied to an app. */
    app: z.union([ZId, z.literal("none")]).optional(),
    /** A member's user id, "me" or "none" (unassigned). */
    assignee: z.union([ZId, z.literal("me"), z.literal("none")]).optional(),
    tag: ZText(80).optional(),
    sla: ZSlaState.optional(),
    q: ZText(200).optional(),
  })
  .strict();
export type TFindingFilters = z.output<typeof ZFindingFilters>;

export const ZListFindingsQuery = ZFindingFilters.extend({
  sort: z.enum(SORTS).default("last_seen"),
  cursor: z.string().max(300).optional(),
  limit: ZLimit,
}).strict();
export type TListFindingsQuery = z.output<typeof ZListFindingsQuery>;

const ZUserRef = z.object({ id: ZId, name: z.string().nullable(), email: z.string() }).strict();
export const ZTags = z.record(z.string(), z.array(z.string()));

export const ZFindingRow = z
  .object({
    id: ZId, title: z.string(), source: ZSource, detector: z.string(), ruleId: z.string(),
    severity: ZSeverity, status: ZStatus, appId: ZId.nullable(), appName: z.string().nullable(),
    assignee: ZUserRef.nullable(), slaDueAt: ZIsoDate.nullable(), slaState: ZSlaState,
    occurrences: z.number().int(), firstSeenAt: ZIsoDate, lastSeenAt: ZIsoDate, tags: ZTags, location: z.string().nullable(),
  })
  .strict();
export type TFindingRow = z.infer<typeof ZFindingRow>;
export const ZListFindingsResponse = z.object({ findings: z.array(ZFindingRow), nextCursor: z.string().nullable() }).strict();

export const ZFindingCounters = z
  .object({
    bySeverity: z.record(ZSeverity, z.number().int()),
    byStatus: z.record(ZStatus, z.number().int()),
    overdue: z.number().int(),
    total: z.number().int(),
  })
  .strict();
export type TFindingCounters = z.infer<typeof ZFindingCounters>;
export const ZCountersQuery = ZFindingFilters;

export const ZFindingLink = z
  .object({ recordType: z.string(), recordId: ZId, start: z.number().int(), end: z.number().int(), seenAt: ZIsoDate, label: z.string(), href: z.string().nullable() })
  .strict();
export const ZFindingActivity = z
  .object({ id: ZId, actor: z.string(), kind: z.string(), field: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable(), note: z.string().nullable(), at: ZIsoDate })
  .strict();
export const ZFindingComment = z.object({ id: ZId, author: z.string(), body: z.string(), at: ZIsoDate }).strict();
export type TFindingActivity = z.infer<typeof ZFindingActivity>;
export type TFindingComment = z.infer<typeof ZFindingComment>;
export type TFindingLink = z.infer<typeof ZFindingLink>;

export const ZFindingDetail = ZFindingRow.extend({
  description: z.string(), evidence: z.string(), score: z.number().nullable(), references: z.array(z.string()),
  datasetId: ZId.nullable(), datasetName: z.string().nullable(),
  riskAcceptedUntil: ZIsoDate.nullable(), riskJustification: z.string().nullable(), riskApprover: z.string().nullable(),
  statusChangedAt: ZIsoDate, allowedStatuses: z.array(ZStatus),
  links: z.array(ZFindingLink), linkCount: z.number().int(), activity: z.array(ZFindingActivity), comments: z.array(ZFindingComment),
}).strict();
export type TFindingDetail = z.infer<typeof ZFindingDetail>;
export const ZFindingResponse = z.object({ finding: ZFindingDetail }).strict();

const ZNote = z.string().trim().max(2000);
/** One change to one finding; risk acceptance needs a justification and an expiry. */
export const ZFindingChange = z
  .object({
    status: ZStatus.optional(),
    assigneeId: ZId.nullable().optional(),
    severity: ZSeverity.optional(),
    note: ZNote.optional(),
    riskJustification: ZNote.optional(),
    riskAcceptedUntil: ZIsoDate.optional(),
  })
  .strict()
  .refine((c) => c.status !== undefined || c.assigneeId !== undefined || c.severity !== undefined, { message: "Nothing to change: give a status, assigneeId or severity" });
export type TFindingChange = z.output<typeof ZFindingChange>;

export const ZBulkChangeRequest = z
  .object({ ids: z.array(ZId).min(1).max(500), change: ZFindingChange })
  .strict();
export const ZBulkChangeResponse = z
  .object({ updated: z.number().int(), unchanged: z.number().int(), failed: z.array(z.object({ id: ZId, reason: z.string() }).strict()) })
  .strict();
export type TBulkChangeResponse = z.infer<typeof ZBulkChangeResponse>;

export const ZAddCommentRequest = z.object({ body: z.string().trim().min(1).max(4000) }).strict();
export const ZCommentResponse = z.object({ comment: ZFindingComment }).strict();

export const ZCreateFindingRequest = z
  .object({
    title: ZText(300), description: z.string().trim().max(4000).default(""), severity: ZSeverity,
    appId: ZId.nullable().default(null), location: z.string().trim().max(500).nullable().default(null),
    tags: z.partialRecord(z.enum(["owasp", "atlas", "nist", "cwe"]), z.array(ZText(40)).max(20)).default({}),
  })
  .strict();
export type TCreateFindingRequest = z.output<typeof ZCreateFindingRequest>;

// ─── Saved views ───
export const ZSavedView = z.object({ id: ZId, name: z.string(), query: z.string(), shared: z.boolean(), mine: z.boolean(), owner: z.string() }).strict();
export type TSavedView = z.infer<typeof ZSavedView>;
export const ZListSavedViewsResponse = z.object({ views: z.array(ZSavedView) }).strict();
export const ZCreateSavedViewRequest = z
  .object({ name: ZText(80), query: z.string().trim().max(2000), shared: z.boolean().default(false) })
  .strict();
export const ZSavedViewResponse = z.object({ view: ZSavedView }).strict();

// ─── SLA settings ───
const ZDays = z.number().int().min(1).max(3650).nullable();
export const ZSlaSettings = z.object({ CRITICAL: ZDays, HIGH: ZDays, MEDIUM: ZDays, LOW: ZDays, INFO: ZDays }).strict();
export type TSlaSettings = z.infer<typeof ZSlaSettings>;
export const ZSlaSettingsResponse = z.object({ sla: ZSlaSettings, recomputed: z.number().int().optional() }).strict();
