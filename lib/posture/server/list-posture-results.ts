import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { CONTROLS_BY_ID } from "../controls";
import { FAMILIES } from "../types";

export type PostureResultRow = {
  appName: string; criticality: string; appScore: number | null; controlId: string; controlTitle: string; family: string; severity: string;
  status: string; evidence: string; owaspLlm: string[]; nistAiRmf: string[];
};

/** Every app × control result of the org (for the CSV export), apps by name then controls in catalog order. */
export async function listPostureResults(ctx: Ctx): Promise<PostureResultRow[]> {
  const rows = await db.$queryRaw<{ appName: string; criticality: string; appScore: number | null; controlId: string; status: string; evidence: string }[]>`
    SELECT a.name AS "appName", a.criticality::text, s.score AS "appScore", e.control_id AS "controlId", e.status::text, e.evidence
    FROM posture_evaluations e JOIN llm_apps a ON a.id = e.app_id AND a.org_id = ${ctx.orgId}::uuid
    LEFT JOIN posture_app_scores s ON s.app_id = a.id
    WHERE e.org_id = ${ctx.orgId}::uuid ORDER BY a.name, e.control_id`;
  return rows.flatMap((r) => {
    const c = CONTROLS_BY_ID.get(r.controlId);
    if (!c) return [];
    return [{ ...r, controlTitle: c.title, family: FAMILIES[c.family], severity: c.severity, owaspLlm: c.mappings.owaspLlm, nistAiRmf: c.mappings.nistAiRmf }];
  });
}
