import { z } from "zod";
import { ZId, ZIdParams, ZIsoDate } from "@/lib/api/common";
import { ZIngestFileDto } from "@/lib/ingest/schemas";
import { PULL_PROVIDERS } from "./providers";

const optionalIso = ZIsoDate.optional().catch(undefined);
const optionalText = (max: number) => z.string().max(max).optional().catch(undefined);

/**
 * Per-integration pull state, kept in Integration.config under `pull`. Read leniently (a field that does not
 * parse is dropped, i.e. that cursor starts over: re-pulled events are deduplicated on ingestion).
 */
export const ZPullState = z.object({
  /** OpenAI: effective_at lower bound (gte) of the next sweep, and the newest audit event id seen so far. */
  lastAuditAt: optionalIso,
  lastAuditId: optionalText(200),
  /** OpenAI: a sweep cut short by the page cap resumes with after=<auditResumeAfter> under the same bound. */
  auditResumeAfter: optionalText(200),
  auditSweepHighAt: optionalIso,
  auditSweepHighId: optionalText(200),
  /** Anthropic: the end of the last usage window pulled (the next window starts there). */
  lastUsageEnd: optionalIso,
  lastRunAt: optionalIso,
  lastSuccessAt: optionalIso,
  lastError: z.string().max(500).nullable().optional().catch(undefined),
  lastErrorAt: optionalIso,
  /** The provider refused the key (401/403): scheduled pulls wait until the key is rotated. */
  authFailed: z.boolean().optional().catch(undefined),
  /** false: never pulled on the schedule (e.g. demo integrations whose keys are fake); "Pull now" still works. */
  scheduled: z.boolean().optional().catch(undefined),
  leaseUntil: optionalIso,
});
export type TPullState = z.infer<typeof ZPullState>;

export const ZPullStateDto = z
  .object({
    lastAuditAt: ZIsoDate.nullable(), lastAuditId: z.string().nullable(), lastUsageEnd: ZIsoDate.nullable(),
    lastRunAt: ZIsoDate.nullable(), lastSuccessAt: ZIsoDate.nullable(), lastError: z.string().nullable(), lastErrorAt: ZIsoDate.nullable(),
    authFailed: z.boolean(), running: z.boolean(), backlog: z.boolean(),
  })
  .strict();
export type TPullStateDto = z.infer<typeof ZPullStateDto>;

export const ZConnector = z
  .object({
    id: ZId, name: z.string(), provider: z.enum(PULL_PROVIDERS), source: z.string(),
    /** False when the integration has no key to pull with. */
    hasKey: z.boolean(),
    pull: ZPullStateDto,
  })
  .strict();
export type TConnector = z.infer<typeof ZConnector>;
export const ZListConnectorsResponse = z.object({ connectors: z.array(ZConnector) }).strict();

export const ZPulledStream = z
  .object({ source: z.string(), pages: z.number().int(), records: z.number().int(), file: ZIngestFileDto.nullable() })
  .strict();
export type TPulledStream = z.infer<typeof ZPulledStream>;

export const ZPullResult = z
  .object({ integrationId: ZId, outcome: z.enum(["pulled", "failed"]), error: z.string().nullable(), streams: z.array(ZPulledStream), state: ZPullStateDto })
  .strict();
export type TPullResult = z.infer<typeof ZPullResult>;
export const ZPullResponse = z.object({ pull: ZPullResult }).strict();

export const ZConnectorParams = ZIdParams;

/** Payload of the "connector-pull" queue: ids only, never the key. */
export const ZConnectorPullPayload = z.object({ orgId: z.uuid(), integrationId: z.uuid() }).strict();
export type TConnectorPullPayload = z.infer<typeof ZConnectorPullPayload>;
