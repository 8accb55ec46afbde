// Display vocabulary of the posture pages: control statuses, score bands and the frameworks controls map to.
import type { ControlStatus } from "@/lib/posture/types";

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  PASS: "Pass", FAIL: "Fail", NOT_APPLICABLE: "Not applicable", NEEDS_ATTESTATION: "Needs attestation",
};

export const formatScore = (score: number | null | undefined) => (score === null || score === undefined ? "—" : score.toFixed(1));

/** Bands give every score a word as well as a colour (charts and heat maps must not rely on colour alone). */
export type ScoreBand = { label: string; cell: string; bar: string };
export function scoreBand(score: number | null | undefined): ScoreBand {
  if (score === null || score === undefined) return { label: "No score", cell: "bg-slate-50 text-slate-400", bar: "bg-slate-300" };
  if (score >= 80) return { label: "Good", cell: "bg-emerald-100 text-emerald-900", bar: "bg-emerald-500" };
  if (score >= 60) return { label: "Fair", cell: "bg-amber-100 text-amber-900", bar: "bg-amber-400" };
  return { label: "Poor", cell: "bg-red-100 text-red-900", bar: "bg-red-500" };
}

/** OWASP Top 10 for LLM Applications 2025. */
export const OWASP_LLM_2025: readonly { id: string; name: string }[] = [
  { id: "LLM01", name: "Prompt Injection" },
  { id: "LLM02", name: "Sensitive Information Disclosure" },
  { id: "LLM03", name: "Supply Chain" },
  { id: "LLM04", name: "Data and Model Poisoning" },
  { id: "LLM05", name: "Improper Output Handling" },
  { id: "LLM06", name: "Excessive Agency" },
  { id: "LLM07", name: "System Prompt Leakage" },
  { id: "LLM08", name: "Vector and Embedding Weaknesses" },
  { id: "LLM09", name: "Misinformation" },
  { id: "LLM10", name: "Unbounded Consumption" },
];

/** NIST AI RMF 1.0 core functions; control mappings name subcategories such as "MEASURE 2.7". */
export const NIST_AI_RMF_FUNCTIONS: readonly { id: string; name: string; description: string }[] = [
  { id: "GOVERN", name: "Govern", description: "A culture of risk management: policies, accountability, roles and oversight." },
  { id: "MAP", name: "Map", description: "Context is established and risks related to the AI system are identified." },
  { id: "MEASURE", name: "Measure", description: "Identified risks are assessed, analysed and tracked." },
  { id: "MANAGE", name: "Manage", description: "Risks are prioritised and acted upon based on projected impact." },
];

export const nistFunctionOf = (subcategory: string) => subcategory.trim().split(/\s+/)[0]!.toUpperCase();
