// The automatic classifier of the data catalog: what the findings in a dataset's samples say its
// classification should at least be.
import type { Severity } from "./severity";

export const CLASSIFICATIONS = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

const FLOOR: Record<Severity, Classification> = { CRITICAL: "RESTRICTED", HIGH: "RESTRICTED", MEDIUM: "CONFIDENTIAL", LOW: "INTERNAL", INFO: "PUBLIC" };

/** The strictest classification the findings call for, or null when the current one is already as strict. */
export function suggestClassification(current: Classification, severities: readonly Severity[]): Classification | null {
  const rank = (c: Classification) => CLASSIFICATIONS.indexOf(c);
  const floor = severities.reduce<Classification>((acc, s) => (rank(FLOOR[s]) > rank(acc) ? FLOOR[s] : acc), "PUBLIC");
  return rank(floor) > rank(current) ? floor : null;
}
