// Inline DLP for gateway traffic (pure): a text sent to or returned by a model, judged under the app's DLP policy.
// ALERT records findings and lets the text through; BLOCK refuses any finding; REDACT rewrites PII, secrets, unsafe
// content and custom-rule matches with the policy's operator, and refuses a prompt injection in an input (an
// instruction cannot be redacted away).
import type { Operator } from "@/lib/dlp/operators";
import { anonymize } from "@/lib/dlp/operators";
import type { DlpPolicySettings } from "@/lib/dlp/policy/policy";
import { scanWithPolicy } from "@/lib/dlp/policy/scan";
import type { Detector, Finding } from "@/lib/dlp/types";
import type { GatewayDetection } from "@/lib/ingest/types";

export type Direction = "input" | "output";

/** The guardrail label of a call whose input the gateway scanned: what guardrail coverage counts. */
export const SCANNED_INPUT = "scan:input";
export type GuardPolicy = { settings: DlpPolicySettings; custom: Detector | null; operator: Operator };
export type GuardResult = { action: "allow" | "alert" | "redact" | "block"; text: string; findings: Finding[] };

export function guardText(text: string, direction: Direction, policy: GuardPolicy): GuardResult {
  if (!text) return { action: "allow", text, findings: [] };
  const findings = scanWithPolicy(text, policy.settings, policy.custom);
  if (findings.length === 0) return { action: "allow", text, findings };
  const { action } = policy.settings;
  if (action === "ALERT") return { action: "alert", text, findings };
  if (action === "BLOCK") return { action: "block", text, findings };
  if (direction === "input" && findings.some((f) => f.detector === "injection")) return { action: "block", text, findings };
  const redactable = findings.filter((f) => f.detector !== "injection");
  if (redactable.length === 0) return { action: "alert", text, findings };
  return { action: "redact", text: anonymize(text, redactable, policy.operator), findings };
}

/** Guardrail labels for metering: "input:redact:EMAIL_ADDRESS", one per direction, action and type. */
export function guardrailLabels(direction: Direction, result: GuardResult): string[] {
  if (result.action === "allow") return [];
  return [...new Set(result.findings.map((f) => `${direction}:${result.action}:${f.type}`))].slice(0, 20);
}

/** The most severe of several results (block > redact > alert > allow). */
export const worstAction = (actions: readonly GuardResult["action"][]): GuardResult["action"] =>
  (["block", "redact", "alert", "allow"] as const).find((a) => actions.includes(a)) ?? "allow";

/** What one finding was and what the gateway did about it; the value leaves only as its org-keyed HMAC. */
export function toDetection(direction: Direction, action: GuardResult["action"], f: Finding, value: string, fingerprint: (v: string) => string): GatewayDetection {
  const acted = action === "redact" && f.detector === "injection" ? "alert" : action === "allow" ? "alert" : action;
  return { direction, action: acted, detector: f.detector, type: f.type, score: f.score, start: f.start, end: f.end, preview: f.preview, valueHash: fingerprint(value), tags: f.tags };
}

/** The detections of one guarded text (`original`: the text as it came, before any rewrite). */
export const detectionsOf = (direction: Direction, original: string, result: GuardResult, fingerprint: (v: string) => string): GatewayDetection[] =>
  result.action === "allow" ? [] : result.findings.slice(0, 50).map((f) => toDetection(direction, result.action, f, original.slice(f.start, f.end), fingerprint));
