// Words the DLP screens use for detectors, policy actions, operators, severities and scan decisions.
import type { z } from "zod";
import type { ZPolicyAction, ZPolicyOperator, ZSeverity } from "@/lib/dlp/policy-schemas";
import type { ZDetectorKind, ZScanResponse } from "@/lib/dlp/schemas";

export type DetectorKind = z.infer<typeof ZDetectorKind>;
export type PolicyAction = z.infer<typeof ZPolicyAction>;
export type PolicyOperator = z.infer<typeof ZPolicyOperator>;
export type Severity = z.infer<typeof ZSeverity>;
export type ScanDecision = z.infer<typeof ZScanResponse>["decision"];

export const DETECTOR_KINDS: readonly DetectorKind[] = ["pii", "secret", "injection", "safety", "custom"];
export const DETECTOR_LABELS: Record<DetectorKind, string> = {
  pii: "Personal data",
  secret: "Secrets",
  injection: "Prompt injection",
  safety: "Content safety",
  custom: "Custom rules",
};

export const POLICY_ACTIONS: readonly PolicyAction[] = ["ALERT", "REDACT", "BLOCK"];
export const POLICY_ACTION_TEXT: Record<PolicyAction, { label: string; explanation: string }> = {
  ALERT: { label: "Alert", explanation: "Let the text through unchanged and record a finding." },
  REDACT: { label: "Redact", explanation: "Replace what was found (with the operator below) before the text goes on." },
  BLOCK: { label: "Block", explanation: "Refuse the whole text when anything is found." },
};

export const POLICY_OPERATORS: readonly PolicyOperator[] = ["REPLACE", "REDACT", "MASK", "HASH"];
export const POLICY_OPERATOR_LABELS: Record<PolicyOperator, string> = {
  REPLACE: "Replace with the type name (<EMAIL_ADDRESS>)",
  REDACT: "Remove the value",
  MASK: "Mask with *",
  HASH: "Salted SHA-256 hash",
};

export const SEVERITIES: readonly Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
export const SEVERITY_TONE = { CRITICAL: "red", HIGH: "red", MEDIUM: "amber", LOW: "brand", INFO: "slate" } as const satisfies Record<Severity, string>;

export const DECISION_TEXT: Record<ScanDecision, { label: string; tone: "green" | "amber" | "red" | "brand" }> = {
  allow: { label: "Allowed", tone: "green" },
  alert: { label: "Alert", tone: "amber" },
  redact: { label: "Redact", tone: "brand" },
  block: { label: "Blocked", tone: "red" },
};

export const POLICY_SOURCE_TEXT = { default: "Built-in defaults", org: "Organization default", app: "App policy" } as const;

export const formatDateTime = (iso: string | null, empty = "—") => (iso ? new Date(iso).toLocaleString() : empty);
