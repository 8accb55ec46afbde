import type { AuditEntry } from "@/lib/server/audit";
import type { DbTx } from "@/lib/server/db";

/** Audit entry for changes the worker makes on its own (no user or API key behind them). */
export async function writeSystemAudit(tx: DbTx, orgId: string, actor: string, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      orgId, actorType: "SYSTEM", actorLabel: `system:${actor}`, action: entry.action, resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null, summary: entry.summary,
    },
  });
}
