// The versioned LLMSecOps control catalog and the one entry point that evaluates an app against all of it.
// Bump CATALOG_VERSION whenever a control is added, removed, or its pass criteria change: snapshots record it.
import type { AppEvidence, Control, EvaluationResult, Evaluator } from "../types";
import { API_CONTROLS, API_EVALUATORS } from "./api";
import { DATA_CONTROLS, DATA_EVALUATORS } from "./data";
import { DEV_CONTROLS, DEV_EVALUATORS } from "./dev";
import { isoDate, needsAttestation } from "./helpers";
import { IAM_CONTROLS, IAM_EVALUATORS } from "./iam";
import { LOGGING_CONTROLS, LOGGING_EVALUATORS } from "./logging";
import { SAFETY_CONTROLS, SAFETY_EVALUATORS } from "./safety";
import { SECRET_CONTROLS, SECRET_EVALUATORS } from "./secrets";

export const CATALOG_VERSION = "2026.11.1";

/** Every control, in family order (FAMILIES in ../types). */
export const CONTROLS: readonly Control[] = [...IAM_CONTROLS, ...SECRET_CONTROLS, ...DATA_CONTROLS, ...API_CONTROLS, ...LOGGING_CONTROLS, ...SAFETY_CONTROLS, ...DEV_CONTROLS];
export const CONTROLS_BY_ID: ReadonlyMap<string, Control> = new Map(CONTROLS.map((c) => [c.id, c]));

/** Evaluators by the name a control's `evaluation.evaluator` gives. */
export const EVALUATORS: Readonly<Record<string, Evaluator>> = {
  ...IAM_EVALUATORS, ...SECRET_EVALUATORS, ...DATA_EVALUATORS, ...API_EVALUATORS, ...LOGGING_EVALUATORS, ...SAFETY_EVALUATORS, ...DEV_EVALUATORS,
};

// Resolved once: evaluateApp runs for every app of every org, so it does no lookups or allocation beyond results.
const PLAN = CONTROLS.map((control) => {
  if (control.evaluation.type === "manual") return { control, evaluate: null };
  const evaluate = EVALUATORS[control.evaluation.evaluator];
  if (!evaluate) throw new Error(`Control ${control.id} names a missing evaluator: ${control.evaluation.evaluator}`);
  return { control, evaluate };
});

function fromAttestation(e: AppEvidence, controlId: string): EvaluationResult | null {
  const a = e.attestations[controlId];
  if (!a || a.expiresAt.getTime() <= e.now.getTime()) return null;
  return { status: a.status, evidence: `${a.evidence} (attested by ${a.attestedBy}, valid until ${isoDate(a.expiresAt)})` };
}

/** null when the evaluator throws: one broken evaluator must not abort the recompute of every other control and app. */
function runEvaluator(evaluate: Evaluator, e: AppEvidence): EvaluationResult | null {
  try {
    return evaluate(e);
  } catch {
    return null;
  }
}

/**
 * Every control's result for one app, keyed by control id in catalog order. Manual controls take their unexpired
 * attestation (none: NEEDS_ATTESTATION). An automated control that cannot decide from the evidence
 * (NEEDS_ATTESTATION) also takes an attestation when one exists, e.g. a key kept in an external secret manager.
 */
export function evaluateApp(e: AppEvidence): Map<string, EvaluationResult> {
  const results = new Map<string, EvaluationResult>();
  for (const { control, evaluate } of PLAN) {
    if (!evaluate) {
      const hint = control.evaluation.type === "manual" ? control.evaluation.evidenceHint : "";
      results.set(control.id, fromAttestation(e, control.id) ?? needsAttestation(`No current attestation. ${hint}`));
      continue;
    }
    const result = runEvaluator(evaluate, e);
    if (!result) results.set(control.id, needsAttestation("evaluator error"));
    else results.set(control.id, result.status === "NEEDS_ATTESTATION" ? (fromAttestation(e, control.id) ?? result) : result);
  }
  return results;
}
