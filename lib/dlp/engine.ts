import type { Detector, DetectorKind, Finding } from "./types";

export type ScanOptions = {
  detectors?: readonly DetectorKind[];
  /** Per detector kind score threshold (falls back to each detector's default). */
  thresholds?: Partial<Record<DetectorKind, number>>;
  only?: ReadonlySet<string>;
};

/**
 * Runs the chosen detectors over the text and returns their findings sorted by position. A detector that
 * throws (it should not) is skipped rather than failing the scan: one bad rule never blocks the others.
 */
export function createScanner(all: readonly Detector[]) {
  return function scan(text: string, options: ScanOptions = {}): Finding[] {
    const wanted = options.detectors ? new Set(options.detectors) : null;
    const findings: Finding[] = [];
    for (const detector of all) {
      if (wanted && !wanted.has(detector.kind)) continue;
      try {
        findings.push(...detector.detect(text, { threshold: options.thresholds?.[detector.kind], only: options.only }));
      } catch {
        continue;
      }
    }
    return findings
      .filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)
      .sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  };
}
