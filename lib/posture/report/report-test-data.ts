// Report inputs for the report tests (unit and integration): valid under the API schemas.
import { SCORE_FORMULA } from "../score";
import type { TPostureSummary, TPostureTrend } from "../schemas";

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const CRITICALITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

export function reportSummary({ apps = 3, appName = (i: number) => `App ${i + 1}` }: { apps?: number; appName?: (i: number) => string } = {}): TPostureSummary {
  return {
    orgScore: apps > 0 ? 64.3 : null,
    generatedAt: "2026-03-01T06:00:00.000Z",
    controls: 32,
    catalogVersion: "2026.1",
    families: { IAM: 80, SEC: 55.5, DATA: null, API: 100, LOG: 0, SAFE: 42.1, DEV: 71 },
    statusCounts: { PASS: 40 * apps, FAIL: 12 * apps, NOT_APPLICABLE: 5 * apps, NEEDS_ATTESTATION: 3 * apps },
    topFailing: apps > 0 ? [{ controlId: "LSO-SEC-02", title: "Provider keys rotated within policy", severity: "HIGH", apps }] : [],
    apps: Array.from({ length: apps }, (_, i) => ({
      appId: id(i + 1), name: appName(i), criticality: CRITICALITIES[i % 4]!, lifecycle: "PRODUCTION" as const,
      score: i === 1 ? null : (i * 37) % 101, families: { IAM: 50 }, failing: ["LSO-SEC-02", "LSO-LOG-01"].slice(0, (i % 2) + 1),
      needsAttestation: i % 3, evaluatedAt: "2026-03-01T06:00:00.000Z",
    })),
    formula: [...SCORE_FORMULA],
  };
}

/** `days` daily points ending 2026-03-01, the org score climbing from 40 and one day without a score. */
export function reportTrend(days = 30): TPostureTrend {
  const end = Date.parse("2026-03-01T00:00:00Z");
  return {
    points: Array.from({ length: days }, (_, i) => ({
      day: new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10),
      orgScore: i === 3 ? null : Math.round((40 + (25 * i) / Math.max(1, days - 1)) * 10) / 10,
      families: { IAM: 80 },
      statusCounts: { PASS: 10, FAIL: 4, NOT_APPLICABLE: 1, NEEDS_ATTESTATION: 2 },
      activeFindings: { CRITICAL: 2, HIGH: 7, MEDIUM: 11, LOW: 0 },
      overdueFindings: 3,
      slaCompliance: 85,
    })),
  };
}
