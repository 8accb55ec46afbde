// Step 1 of the sweep: one PENDING delivery per (webhook, finding, kind) that should alert, set-based.
// The unique key makes it idempotent: a finding is announced once per webhook and kind, however often this runs.
import { ACTIVE_STATUSES } from "@/lib/findings/constants";
import { db } from "@/lib/server/db";
import { ALERT_LOOKBACK_HOURS } from "../constants";

export async function queueAlertDeliveries(now: Date): Promise<{ newFindings: number; slaBreaches: number }> {
  const since = new Date(now.getTime() - ALERT_LOOKBACK_HOURS * 3_600_000);
  const active = [...ACTIVE_STATUSES];
  // Severity is an enum declared from CRITICAL down to INFO, so "f.severity <= w.min_severity" means "at least as severe".
  const newFindings = await db.$executeRaw`
    INSERT INTO alert_deliveries (id, org_id, webhook_id, finding_id, kind, created_at)
    SELECT gen_random_uuid(), w.org_id, w.id, f.id, 'new_finding', ${now}::timestamptz
    FROM alert_webhooks w
    JOIN findings f ON f.org_id = w.org_id
      AND f.created_at >= GREATEST(w.created_at, ${since}::timestamptz) AND f.created_at <= ${now}::timestamptz
      AND f.status = ANY(${active}::"FindingStatus"[]) AND f.severity <= w.min_severity
    WHERE w.enabled AND w.on_new_finding
    ON CONFLICT (webhook_id, finding_id, kind) DO NOTHING`;
  // A breach is announced when the due date passed after the webhook was created (no flood of old breaches).
  const slaBreaches = await db.$executeRaw`
    INSERT INTO alert_deliveries (id, org_id, webhook_id, finding_id, kind, created_at)
    SELECT gen_random_uuid(), w.org_id, w.id, f.id, 'sla_breach', ${now}::timestamptz
    FROM alert_webhooks w
    JOIN findings f ON f.org_id = w.org_id
      AND f.sla_due_at >= GREATEST(w.created_at, ${since}::timestamptz) AND f.sla_due_at <= ${now}::timestamptz
      AND f.status = ANY(${active}::"FindingStatus"[]) AND f.severity <= w.min_severity
    WHERE w.enabled AND w.on_sla_breach
    ON CONFLICT (webhook_id, finding_id, kind) DO NOTHING`;
  return { newFindings, slaBreaches };
}
