// What a DLP policy decides, independent of storage: which detectors run, at which score, and what happens
// to a text that has findings (alert only, redact before it is forwarded, or block it).
import type { DetectorKind, Finding } from "../types";

export const DETECTOR_KINDS = ["pii", "secret", "injection", "safety", "custom"] as const satisfies readonly DetectorKind[];
export type PolicyAction = "ALERT" | "REDACT" | "BLOCK";
export type PolicyOperator = "REPLACE" | "REDACT" | "MASK" | "HASH";

export type DlpPolicySettings = {
  detectors: DetectorKind[];
  thresholds: Record<DetectorKind, number>;
  /** Entity types / rule ids switched off although their detector is on. */
  disabledTypes: string[];
  action: PolicyAction;
  operator: PolicyOperator;
};

/** What an org without a saved policy gets: every detector, Presidio-like default thresholds, alert only. */
export const DEFAULT_POLICY: DlpPolicySettings = {
  detectors: [...DETECTOR_KINDS],
  thresholds: { pii: 0.5, secret: 0.5, injection: 0.5, safety: 0.5, custom: 0.5 },
  disabledTypes: [],
  action: "ALERT",
  operator: "REPLACE",
};

/** Findings the policy keeps: detector enabled, type not disabled, score at or above the detector's threshold. */
export function applyPolicy(findings: readonly Finding[], policy: DlpPolicySettings): Finding[] {
  const enabled = new Set(policy.detectors);
  const disabled = new Set(policy.disabledTypes);
  return findings.filter((f) => enabled.has(f.detector) && !disabled.has(f.type) && f.score >= policy.thresholds[f.detector]);
}

export type PolicyDecision = "allow" | "alert" | "redact" | "block";

/** The outcome for one text: nothing found is always allowed; otherwise the policy's action. */
export function decide(findings: readonly Finding[], policy: DlpPolicySettings): PolicyDecision {
  if (findings.length === 0) return "allow";
  return policy.action === "BLOCK" ? "block" : policy.action === "REDACT" ? "redact" : "alert";
}
