// The dashboard document (GET /api/v1/posture), assembled from app scores. Pure: the recompute builds it from what it
// has just computed and stores it; an org never recomputed gets it assembled from the tables on read.
import { CATALOG_VERSION, CONTROLS, CONTROLS_BY_ID } from "./controls";
import type { TPostureAppRow, TPostureSummary } from "./schemas";
import { SCORE_FORMULA } from "./score";
import type { ControlStatus } from "./types";

const TOP_FAILING = 10;

export function assemblePostureSummary(input: {
  apps: TPostureAppRow[];
  orgScore: number | null;
  families: Record<string, number | null>;
  statusCounts: Record<ControlStatus, number>;
  generatedAt: Date | null;
}): TPostureSummary {
  const failingCount = new Map<string, number>();
  for (const a of input.apps) if (a.lifecycle !== "RETIRED") for (const id of a.failing) failingCount.set(id, (failingCount.get(id) ?? 0) + 1);
  const topFailing = [...failingCount]
    .filter(([id]) => CONTROLS_BY_ID.has(id))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, TOP_FAILING)
    .map(([controlId, apps]) => ({ controlId, title: CONTROLS_BY_ID.get(controlId)!.title, severity: CONTROLS_BY_ID.get(controlId)!.severity, apps }));
  // Weakest first: the apps a manager should look at.
  const apps = [...input.apps].sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || (a.name < b.name ? -1 : 1));
  return {
    orgScore: input.orgScore, generatedAt: input.generatedAt?.toISOString() ?? null, controls: CONTROLS.length, catalogVersion: CATALOG_VERSION,
    families: input.families, statusCounts: input.statusCounts, topFailing, apps, formula: SCORE_FORMULA,
  };
}
