// DTOs of DLP configuration: policies, custom rules, the detector catalog.
import { z } from "zod";
import { ZId, ZIsoDate, ZName } from "@/lib/api/common";
import { CUSTOM_VALIDATOR_NAMES } from "./custom/validators";
import { ZDetectorKind } from "./schemas";

export const ZPolicyAction = z.enum(["ALERT", "REDACT", "BLOCK"]);
export const ZPolicyOperator = z.enum(["REPLACE", "REDACT", "MASK", "HASH"]);
export const ZSeverity = z.enum(["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"]);
const ZThreshold = z.number().min(0).max(1);

export const ZPolicySettings = z
  .object({
    detectors: z.array(ZDetectorKind).max(5).transform((d) => [...new Set(d)]),
    thresholds: z.object({ pii: ZThreshold, secret: ZThreshold, injection: ZThreshold, safety: ZThreshold, custom: ZThreshold }).strict(),
    disabledTypes: z.array(z.string().trim().min(1).max(120)).max(500).transform((t) => [...new Set(t)]),
    action: ZPolicyAction,
    operator: ZPolicyOperator,
  })
  .strict();
export type TPolicySettings = z.infer<typeof ZPolicySettings>;

export const ZPolicyDto = ZPolicySettings.extend({
  id: ZId.nullable(),
  /** "default": nothing saved yet (built-in defaults); "org": the org-wide policy; "app": this app's own. */
  source: z.enum(["default", "org", "app"]),
  updatedAt: ZIsoDate.nullable(),
}).strict();
export type TPolicyDto = z.infer<typeof ZPolicyDto>;

export const ZListPoliciesResponse = z
  .object({
    orgDefault: ZPolicyDto,
    apps: z.array(z.object({ appId: ZId, appName: z.string(), policy: ZPolicyDto.nullable() }).strict()),
  })
  .strict();
export const ZPolicyResponse = z.object({ policy: ZPolicyDto }).strict();

const ZRuleFields = {
  ruleId: z.string().trim().toLowerCase().min(3).max(64).regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes"),
  name: ZName,
  description: z.string().trim().max(1000).default(""),
  pattern: z.string().min(1).max(1000),
  caseInsensitive: z.boolean().default(false),
  keywords: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  validator: z.enum(CUSTOM_VALIDATOR_NAMES).default("none"),
  score: z.number().min(0.05).max(1).default(0.8),
  severity: ZSeverity.default("MEDIUM"),
  enabled: z.boolean().default(true),
};
export const ZCreateCustomRuleRequest = z.object(ZRuleFields).strict();
export type TCreateCustomRuleRequest = z.infer<typeof ZCreateCustomRuleRequest>;
export const ZUpdateCustomRuleRequest = z
  .object({
    name: ZRuleFields.name, description: z.string().trim().max(1000), pattern: ZRuleFields.pattern, caseInsensitive: z.boolean(),
    keywords: z.array(z.string().trim().min(1).max(60)).max(20), validator: z.enum(CUSTOM_VALIDATOR_NAMES),
    score: z.number().min(0.05).max(1), severity: ZSeverity, enabled: z.boolean(),
  })
  .partial()
  .strict();
export type TUpdateCustomRuleRequest = z.infer<typeof ZUpdateCustomRuleRequest>;

export const ZCustomRuleDto = z
  .object({
    id: ZId, ruleId: z.string(), name: z.string(), description: z.string(), pattern: z.string(), caseInsensitive: z.boolean(),
    keywords: z.array(z.string()), validator: z.enum(CUSTOM_VALIDATOR_NAMES), score: z.number(), severity: ZSeverity,
    enabled: z.boolean(), createdAt: ZIsoDate, updatedAt: ZIsoDate,
  })
  .strict();
export type TCustomRuleDto = z.infer<typeof ZCustomRuleDto>;
export const ZCustomRuleResponse = z.object({ rule: ZCustomRuleDto }).strict();
export const ZListCustomRulesResponse = z.object({ rules: z.array(ZCustomRuleDto) }).strict();

export const ZTestCustomRuleRequest = z
  .object({
    pattern: ZRuleFields.pattern, caseInsensitive: z.boolean().default(false), keywords: ZRuleFields.keywords,
    validator: ZRuleFields.validator, text: z.string().max(20_000),
  })
  .strict();
export type TTestCustomRuleRequest = z.infer<typeof ZTestCustomRuleRequest>;
export const ZTestCustomRuleResponse = z
  .object({
    valid: z.boolean(),
    /** Why the pattern would be refused when saved (syntax, lookarounds, catastrophic backtracking). */
    reason: z.string().nullable(),
    matches: z.array(z.object({ start: z.number().int(), end: z.number().int(), preview: z.string() }).strict()),
    truncated: z.boolean(),
  })
  .strict();

export const ZDetectorCatalogResponse = z
  .object({
    detectors: z.array(
      z.object({
        kind: ZDetectorKind, label: z.string(), description: z.string(), ruleCount: z.number().int(),
        types: z.array(z.object({ id: z.string(), description: z.string(), owasp: z.array(z.string()), atlas: z.array(z.string()), nist: z.array(z.string()) }).strict()),
      }).strict(),
    ),
    validators: z.array(z.object({ id: z.enum(CUSTOM_VALIDATOR_NAMES), label: z.string() }).strict()),
  })
  .strict();
