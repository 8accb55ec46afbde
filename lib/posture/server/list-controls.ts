import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { CATALOG_VERSION, CONTROLS } from "../controls";
import type { TControlCatalog } from "../schemas";
import { emptyStatusCounts, FAMILIES, type ControlStatus } from "../types";

/** The catalog with, for each control, how the org's apps stand on it now. */
export async function listControls(ctx: Ctx): Promise<TControlCatalog> {
  const counts = await db.$queryRaw<{ controlId: string; status: ControlStatus; n: number }[]>`
    SELECT control_id AS "controlId", status::text, count(*)::int AS n FROM posture_evaluations WHERE org_id = ${ctx.orgId}::uuid GROUP BY 1, 2`;
  const results = new Map<string, Record<ControlStatus, number>>();
  for (const c of counts) {
    const r = results.get(c.controlId) ?? emptyStatusCounts();
    r[c.status] = c.n;
    results.set(c.controlId, r);
  }
  return {
    version: CATALOG_VERSION,
    families: { ...FAMILIES },
    controls: CONTROLS.map((c) => ({
      id: c.id, title: c.title, family: c.family, familyName: FAMILIES[c.family], description: c.description, rationale: c.rationale, remediation: c.remediation,
      severity: c.severity, weight: c.weight, evaluation: c.evaluation, mappings: c.mappings,
      results: results.get(c.id) ?? emptyStatusCounts(),
    })),
  };
}
