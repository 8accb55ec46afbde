import { z } from "zod";
import { ZIsoDate } from "@/lib/api/common";
import { RULE_IDS } from "./catalog";

export const ZCorrelationRun = z.object({
  id: z.uuid(), windowStart: ZIsoDate, windowEnd: ZIsoDate, matched: z.number().int(), created: z.number().int(), ranAt: ZIsoDate,
}).strict();

export const ZCorrelationRuleRuns = z.object({
  rule: z.enum(RULE_IDS),
  name: z.string(),
  description: z.string(),
  threshold: z.string(),
  severity: z.enum(["CRITICAL", "HIGH", "MEDIUM"]),
  /** Findings of this rule that still need work (open, triaged, in progress). */
  activeFindings: z.number().int(),
  runs: z.array(ZCorrelationRun),
}).strict();

export const ZListCorrelationRunsQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }).strict();
export const ZListCorrelationRunsResponse = z.object({ rules: z.array(ZCorrelationRuleRuns) }).strict();

export type TCorrelationRun = z.infer<typeof ZCorrelationRun>;
export type TCorrelationRuleRuns = z.infer<typeof ZCorrelationRuleRuns>;
export type TListCorrelationRunsQuery = z.infer<typeof ZListCorrelationRunsQuery>;
