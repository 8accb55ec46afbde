import { writeSystemAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";

/**
 * Maintenance: risk acceptances past their expiry reopen (the findings_sla trigger restarts their SLA), with a
 * history entry and an audit event per org. Idempotent: a second run finds nothing expired.
 */
export async function expireRiskAcceptances(now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string; org_id: string; until: Date }[]>`
      UPDATE findings f SET status = 'OPEN', risk_accepted_until = NULL, risk_justification = NULL, risk_approver_id = NULL, updated_at = now()
      FROM (SELECT id, risk_accepted_until FROM findings WHERE status = 'RISK_ACCEPTED' AND risk_accepted_until <= ${now} ORDER BY id FOR UPDATE) old
      WHERE f.id = old.id
      RETURNING f.id, f.org_id, old.risk_accepted_until AS until`;
    if (expired.length === 0) return 0;
    await tx.findingActivity.createMany({
      data: expired.map((e) => ({ orgId: e.org_id, findingId: e.id, actor: "system", kind: "risk_expired", field: "status", fromValue: "RISK_ACCEPTED", toValue: "OPEN", note: `Risk acceptance expired on ${e.until.toISOString()}` })),
    });
    const byOrg = new Map<string, number>();
    for (const e of expired) byOrg.set(e.org_id, (byOrg.get(e.org_id) ?? 0) + 1);
    for (const [orgId, count] of byOrg) await writeSystemAudit(tx, orgId, "risk-expiry", { action: "finding.risk_expired", resourceType: "finding", summary: { count } });
    return expired.length;
  });
}
