import { z } from "zod";
import { ZId, ZIsoDate, ZLimit } from "@/lib/api/common";

const MAX_BIGINT = 2n ** 63n - 1n;

export const ZAuditFilters = z
  .object({
    action: z.string().trim().max(64).regex(/^[a-z0-9_.]*$/, "letters, digits, dots and underscores").optional(),
    actor: z.string().trim().max(254).optional(),
    resourceType: z.string().trim().max(64).optional(),
    from: ZIsoDate.optional(),
    to: ZIsoDate.optional(),
  })
  .strict();
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZListAuditEventsQuery = ZAuditFilters.extend({
  cursor: z.string().regex(/^\d{1,19}$/).refine((c) => BigInt(c) <= MAX_BIGINT, "out of range").optional(),
  limit: ZLimit,
}).strict();
export type TListAuditEventsQuery = z.infer<typeof ZListAuditEventsQuery>;

export const ZAuditEvent = z
  .object({
    id: z.string(),
    createdAt: ZIsoDate,
    actorType: z.enum(["USER", "API_KEY", "SYSTEM"]),
    actorLabel: z.string(),
    action: z.string(),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    summary: z.unknown(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .strict();
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZListAuditEventsResponse = z
  .object({ events: z.array(ZAuditEvent), nextCursor: z.string().nullable() })
  .strict();
export type TListAuditEventsResponse = z.infer<typeof ZListAuditEventsResponse>;

export const ZAuditExport = z
  .object({
    id: ZId,
    status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]),
    progress: z.number().int().min(0).max(100),
    rowCount: z.number().int(),
    filters: ZAuditFilters,
    error: z.string().nullable(),
    createdAt: ZIsoDate,
    finishedAt: ZIsoDate.nullable(),
  })
  .strict();
export type TAuditExport = z.infer<typeof ZAuditExport>;

export const ZAuditExportResponse = z.object({ export: ZAuditExport }).strict();

export const ZAuditEventParams = z.object({ id: z.string().regex(/^\d{1,19}$/, "an audit event id").refine((c) => BigInt(c) <= MAX_BIGINT, "out of range") }).strict();
export const ZAuditEventResponse = z.object({ event: ZAuditEvent }).strict();
