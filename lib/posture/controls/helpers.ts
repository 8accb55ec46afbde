// Small building blocks shared by the control families: result constructors, evidence formatting and the
// provider vocabulary the evaluators reason about. Pure, no I/O.
import { providerLabel } from "@/lib/apps/constants";
import type { AppEvidence, Control, ControlMappings, EvaluationResult, FamilyId, FindingTally } from "../types";

export const DAY_MS = 86_400_000;

export const pass = (evidence: string): EvaluationResult => ({ status: "PASS", evidence });
export const fail = (evidence: string): EvaluationResult => ({ status: "FAIL", evidence });
export const notApplicable = (evidence: string): EvaluationResult => ({ status: "NOT_APPLICABLE", evidence });
export const needsAttestation = (evidence: string): EvaluationResult => ({ status: "NEEDS_ATTESTATION", evidence });

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);
export const percent = (part: number, whole: number) => `${Math.floor((1000 * part) / whole) / 10}%`;

/** "a, b and c"; beyond `max` items: "a, b, c and 4 more". */
export function listOf(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? "";
  if (items.length > max) return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const quoted = (s: string) => `'${s}'`;
export const usageLabel = (u: { provider: string; modelId: string }) => `${providerLabel(u.provider)} ${u.modelId}`;

/**
 * gen_ai.provider.name values of runtimes inside the organization: the same list as the correlation rule
 * lib/correlation/rules/restricted-data-egress.ts (a test keeps them equal; that module is server-side).
 */
export const SELF_HOSTED_PROVIDERS: ReadonlySet<string> = new Set(["ollama", "vllm", "llama.cpp", "llamacpp", "tgi", "localai", "lmstudio", "self_hosted", "local"]);
export const isExternalProvider = (provider: string) => !SELF_HOSTED_PROVIDERS.has(provider.toLowerCase());

/** The cloud whose audit log covers a model provider or an integration provider ("aws.bedrock" and "aws-bedrock" -> aws). */
export function cloudOf(provider: string): "aws" | "gcp" | "azure" | null {
  const p = provider.toLowerCase();
  if (p === "aws" || p.startsWith("aws.") || p.startsWith("aws-")) return "aws";
  if (p === "gcp" || p.startsWith("gcp.") || p.startsWith("gcp-")) return "gcp";
  if (p === "azure" || p.startsWith("azure.") || p.startsWith("azure-")) return "azure";
  return null;
}

export const CLOUD_LABELS = { aws: "AWS", gcp: "Google Cloud", azure: "Azure" } as const;

/** Active findings matching a predicate, summed (tallies are grouped by source, detector, severity, rule). */
export function countFindings(e: AppEvidence, match: (f: FindingTally) => boolean, field: "count" | "overdue" | "secretLike" = "count"): number {
  let n = 0;
  for (const f of e.findings) if (match(f)) n += f[field];
  return n;
}

/** The end of a secret as shown in the console: "...a1b2". */
export const tail = (last4: string) => `...${last4}`;

type ControlData = Omit<Control, "family" | "evaluation" | "mappings"> & { mappings: Partial<ControlMappings> };

const withMappings = (m: Partial<ControlMappings>): ControlMappings => ({ owaspLlm: m.owaspLlm ?? [], nistAiRmf: m.nistAiRmf ?? [], nistAi600: m.nistAi600 ?? [], atlas: m.atlas ?? [] });

/** An automated control: `evaluator` names the function in the family's evaluator table. */
export const automated = (family: FamilyId, evaluator: string, c: ControlData): Control => ({ ...c, family, evaluation: { type: "automated", evaluator }, mappings: withMappings(c.mappings) });

/** A manual control: an admin attests it with evidence, valid for `validDays`. */
export const manual = (family: FamilyId, evidenceHint: string, validDays: number, c: ControlData): Control => ({ ...c, family, evaluation: { type: "manual", evidenceHint, validDays }, mappings: withMappings(c.mappings) });
