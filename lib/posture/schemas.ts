import { z } from "zod";
import { ZId, ZIsoDate } from "@/lib/api/common";
import { CONTROL_STATUSES, CONTROL_SEVERITIES, FAMILIES, type FamilyId } from "./types";

const FAMILY_IDS = Object.keys(FAMILIES) as [FamilyId, ...FamilyId[]];
export const ZControlStatus = z.enum(CONTROL_STATUSES);
export const ZFamilyId = z.enum(FAMILY_IDS);
const ZScore = z.number().min(0).max(100).nullable();
const ZFamilyScores = z.record(z.string(), ZScore);
const ZStatusCounts = z.object({ PASS: z.number().int(), FAIL: z.number().int(), NOT_APPLICABLE: z.number().int(), NEEDS_ATTESTATION: z.number().int() }).strict();
const ZCriticality = z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]);
const ZLifecycle = z.enum(["IDEA", "DEVELOPMENT", "PRODUCTION", "RETIRED"]);

export const ZPostureAppRow = z
  .object({
    appId: ZId, name: z.string(), criticality: ZCriticality, lifecycle: ZLifecycle,
    score: ZScore, families: ZFamilyScores, failing: z.array(z.string()), needsAttestation: z.number().int(), evaluatedAt: ZIsoDate.nullable(),
  })
  .strict();
export type TPostureAppRow = z.infer<typeof ZPostureAppRow>;

export const ZPostureSummary = z
  .object({
    orgScore: ZScore,
    generatedAt: ZIsoDate.nullable(),
    controls: z.number().int(),
    catalogVersion: z.string(),
    families: ZFamilyScores,
    statusCounts: ZStatusCounts,
    /** Failing controls across apps, most failing first (top 10). */
    topFailing: z.array(z.object({ controlId: z.string(), title: z.string(), severity: z.enum(CONTROL_SEVERITIES), apps: z.number().int() }).strict()),
    apps: z.array(ZPostureAppRow),
    formula: z.array(z.string()),
  })
  .strict();
export type TPostureSummary = z.infer<typeof ZPostureSummary>;

const ZMappings = z.object({ owaspLlm: z.array(z.string()), nistAiRmf: z.array(z.string()), nistAi600: z.array(z.string()), atlas: z.array(z.string()) }).strict();
export const ZControl = z
  .object({
    id: z.string(), title: z.string(), family: ZFamilyId, familyName: z.string(), description: z.string(), rationale: z.string(), remediation: z.string(),
    severity: z.enum(CONTROL_SEVERITIES), weight: z.number(),
    evaluation: z.union([
      z.object({ type: z.literal("automated"), evaluator: z.string() }).strict(),
      z.object({ type: z.literal("manual"), evidenceHint: z.string(), validDays: z.number().int() }).strict(),
    ]),
    mappings: ZMappings,
    /** How the org's apps stand on this control now. */
    results: ZStatusCounts,
  })
  .strict();
export type TControl = z.infer<typeof ZControl>;
export const ZControlCatalog = z.object({ version: z.string(), families: z.record(z.string(), z.string()), controls: z.array(ZControl) }).strict();
export type TControlCatalog = z.infer<typeof ZControlCatalog>;

export const ZAttestation = z
  .object({
    id: ZId, controlId: z.string(), status: z.enum(["PASS", "FAIL", "NOT_APPLICABLE"]), evidence: z.string(), evidenceUrl: z.string().nullable(),
    expiresAt: ZIsoDate, expired: z.boolean(), attestedBy: z.string().nullable(), createdAt: ZIsoDate,
  })
  .strict();
export type TAttestation = z.infer<typeof ZAttestation>;

export const ZAppScorecard = z
  .object({
    appId: ZId, name: z.string(), criticality: ZCriticality, lifecycle: ZLifecycle, score: ZScore, families: ZFamilyScores, evaluatedAt: ZIsoDate.nullable(),
    controls: z.array(
      z.object({
        controlId: z.string(), title: z.string(), family: ZFamilyId, severity: z.enum(CONTROL_SEVERITIES), manual: z.boolean(),
        status: ZControlStatus.nullable(), evidence: z.string().nullable(), since: ZIsoDate.nullable(),
        attestation: ZAttestation.nullable(), findingId: ZId.nullable(),
      }).strict(),
    ),
    trend: z.array(z.object({ day: z.string(), score: ZScore }).strict()),
  })
  .strict();
export type TAppScorecard = z.infer<typeof ZAppScorecard>;

export const ZTrendQuery = z.object({ days: z.coerce.number().int().min(7).max(365).default(90) }).strict();
export const ZPostureTrend = z
  .object({
    points: z.array(
      z.object({
        day: z.string(), orgScore: ZScore, families: ZFamilyScores, statusCounts: ZStatusCounts,
        activeFindings: z.record(z.string(), z.number().int()), overdueFindings: z.number().int(),
        /** Share of active findings within their SLA (null when there are none). */
        slaCompliance: z.number().min(0).max(100).nullable(),
      }).strict(),
    ),
  })
  .strict();
export type TPostureTrend = z.infer<typeof ZPostureTrend>;

export const ZAttestRequest = z
  .object({
    appId: ZId,
    controlId: z.string().trim().regex(/^LSO-[A-Z]+-\d{2}$/, "a control id such as LSO-DEV-05").max(40),
    status: z.enum(["PASS", "FAIL", "NOT_APPLICABLE"]),
    evidence: z.string().trim().min(10, "describe the evidence in at least 10 characters").max(2000),
    evidenceUrl: z.url({ protocol: /^https?$/ }).max(1000).optional(),
    /** Defaults to the control's validity (days). */
    validDays: z.number().int().min(1).max(730).optional(),
  })
  .strict();
export type TAttestRequest = z.infer<typeof ZAttestRequest>;

export const ZRecomputeResponse = z.object({ queued: z.literal(true) }).strict();
export const ZPostureRuns = z
  .object({
    runs: z.array(z.object({ id: ZId, trigger: z.string(), apps: z.number().int(), evaluations: z.number().int(), changed: z.number().int(), findingsOpened: z.number().int(), findingsResolved: z.number().int(), durationMs: z.number().int(), startedAt: ZIsoDate }).strict()),
  })
  .strict();
