import { scanText as scan } from "../detectors";
import type { TScanRequest } from "../schemas";
import type { DetectorKind } from "../types";

export const scanTextRequest = ({ text, detectors, threshold, entities }: TScanRequest) => {
  const started = performance.now();
  const thresholds = threshold === undefined ? undefined : Object.fromEntries((["pii", "secret", "injection", "safety", "custom"] as DetectorKind[]).map((k) => [k, threshold]));
  const findings = scan(text, { detectors, thresholds, only: entities ? new Set(entities) : undefined });
  return { findings, durationMs: Math.round((performance.now() - started) * 1000) / 1000 };
};
