import type { Detector, DetectorKind, Finding, RuleProfiler } from "./types";

export type ScanOptions = {
  detectors?: readonly DetectorKind[];
  /** Per detector kind score threshold (falls back to each detector's default). */
  thresholds?: Partial<Record<DetectorKind, number>>;
  only?: ReadonlySet<string>;
  /** Benchmark-only: passed to every detector, which reports the time it spends per rule id. */
  profile?: RuleProfiler;
};

const byPosition = (a: Finding, b: Finding) => a.start - b.start || b.end - a.end || b.score - a.score;

/**
 * Runs the chosen detectors over the text and returns their findings sorted by position. A detector that
 * throws (it should not) is skipped rather than failing the scan: one bad rule never blocks the others. The scan
 * itself never throws, and every returned span lies inside the text.
 */
export function createScanner(all: readonly Detector[]) {
  return function scan(text: string, options: ScanOptions = {}): Finding[] {
    if (typeof text !== "string" || text.length === 0) return [];
    const wanted = options.detectors ? new Set(options.detectors) : null;
    const findings: Finding[] = [];
    for (const detector of all) {
      if (wanted && !wanted.has(detector.kind)) continue;
      try {
        const found = detector.detect(text, { threshold: options.thresholds?.[detector.kind], only: options.only, profile: options.profile });
        for (const f of found) {
          if (f.start >= 0 && f.end <= text.length && f.start < f.end) findings.push(f);
        }
      } catch {
        continue;
      }
    }
    return findings.length > 1 ? findings.sort(byPosition) : findings;
  };
}
