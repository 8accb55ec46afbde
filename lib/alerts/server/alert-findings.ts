import type { FindingStatus, Severity } from "@/lib/findings/constants";
import { db } from "@/lib/server/db";
import type { AlertFinding } from "../payload";

/** The few fields an alert shows (never evidence or description), by id, within one org. */
export async function loadAlertFindings(orgId: string, findingIds: string[]): Promise<Map<string, AlertFinding>> {
  const rows = await db.finding.findMany({
    where: { orgId, id: { in: findingIds } },
    select: { id: true, title: true, severity: true, status: true, slaDueAt: true, app: { select: { name: true } } },
  });
  return new Map(rows.map((f) => [f.id, {
    id: f.id, title: f.title, severity: f.severity as Severity, status: f.status as FindingStatus, app: f.app?.name ?? null, slaDueAt: f.slaDueAt,
  }]));
}
