// How posture scores are computed (the UI's "How is this computed?" shows SCORE_FORMULA).
// After Prowler's ThreatScore: a weighted share of passing controls, where a control's weight grows with its
// severity. Per app:
//   score = 100 × Σ pass_c · w_c / Σ w_c      over the app's controls that are PASS, FAIL or NEEDS_ATTESTATION
//   w_c   = weight_c × (1 + 0.25 × risk_c)    risk: CRITICAL 4, HIGH 3, MEDIUM 2, LOW 1; weight_c 1-3 from the catalog
// NOT_APPLICABLE controls are left out; NEEDS_ATTESTATION counts as not passing (unverified is not compliant).
// A family score is the same sum restricted to the family's controls. The org score is the mean of app scores
// weighted by app criticality (CRITICAL 4, HIGH 3, MEDIUM 2, LOW 1); retired apps are left out.
// A score with nothing to count (every control N/A) is null, not 100.
import type { Control, ControlSeverity, ControlStatus, FamilyId } from "./types";

export const SEVERITY_RISK: Record<ControlSeverity, number> = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1 };
export const CRITICALITY_WEIGHT = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1 } as const;

export const SCORE_FORMULA = [
  "App score = 100 × Σ(passᵢ × wᵢ) / Σ wᵢ over the app's applicable controls (not applicable ones are left out).",
  "wᵢ = control weight (1–3) × (1 + 0.25 × risk), risk = 4 critical, 3 high, 2 medium, 1 low.",
  "passᵢ = 1 when the control passes; failing controls and controls that still need an attestation count 0.",
  "Family score: the same sum over the family's controls. Org score: the mean of app scores weighted by app criticality (4 critical, 3 high, 2 medium, 1 low); retired apps are left out.",
];

export const controlWeight = (c: Pick<Control, "weight" | "severity">) => c.weight * (1 + 0.25 * SEVERITY_RISK[c.severity]);

type Scored = { control: Pick<Control, "weight" | "severity" | "family">; status: ControlStatus };

const ratio = (passed: number, total: number) => (total > 0 ? Math.round((1000 * passed) / total) / 10 : null);

/** App score and its family scores, 0-100 with one decimal (null when nothing applies). */
export function scoreApp(results: readonly Scored[]): { score: number | null; families: Partial<Record<FamilyId, number | null>> } {
  let passed = 0;
  let total = 0;
  const fam = new Map<FamilyId, { passed: number; total: number }>();
  for (const { control, status } of results) {
    if (status === "NOT_APPLICABLE") continue;
    const w = controlWeight(control);
    const f = fam.get(control.family) ?? { passed: 0, total: 0 };
    f.total += w;
    total += w;
    if (status === "PASS") {
      f.passed += w;
      passed += w;
    }
    fam.set(control.family, f);
  }
  const families: Partial<Record<FamilyId, number | null>> = {};
  for (const [id, f] of fam) families[id] = ratio(f.passed, f.total);
  return { score: ratio(passed, total), families };
}

/** The org score from its apps' scores, weighted by criticality; apps without a score do not count. */
export function scoreOrg(apps: readonly { score: number | null; criticality: keyof typeof CRITICALITY_WEIGHT; lifecycle: string }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const a of apps) {
    if (a.score === null || a.lifecycle === "RETIRED") continue;
    const w = CRITICALITY_WEIGHT[a.criticality];
    sum += a.score * w;
    weights += w;
  }
  return weights > 0 ? Math.round((10 * sum) / weights) / 10 : null;
}
