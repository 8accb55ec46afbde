import type { FindingSort, FindingSource, FindingStatus, Severity } from "../constants";
import { encodeFindingCursor, type FindingCursor } from "../cursor";
import { slaStateOf } from "../lifecycle";
import type { TFindingRow } from "../schemas";

/** A findings row as the list query returns it (snake_case columns from raw SQL). */
export type FindingRowRecord = {
  id: string; title: string; source: FindingSource; detector: string; rule_id: string; severity: Severity; status: FindingStatus;
  app_id: string | null; app_name: string | null; assignee_id: string | null; assignee_name: string | null; assignee_email: string | null;
  sla_due_at: Date | null; occurrences: number; first_seen_at: Date; last_seen_at: Date; tags: unknown; location: string | null;
};

export const FINDING_ROW_COLUMNS = `f.id, f.title, f.source, f.detector, f.rule_id, f.severity, f.status, f.app_id, a.name AS app_name,
  f.assignee_id, u.name AS assignee_name, u.email AS assignee_email, f.sla_due_at, f.occurrences, f.first_seen_at, f.last_seen_at, f.tags, f.location`;

export function toTags(tags: unknown): Record<string, string[]> {
  if (!tags || typeof tags !== "object" || Array.isArray(tags)) return {};
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(tags)) if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
  return out;
}

export const toFindingRowDto = (r: FindingRowRecord, now: Date): TFindingRow => ({
  id: r.id, title: r.title, source: r.source, detector: r.detector, ruleId: r.rule_id, severity: r.severity, status: r.status,
  appId: r.app_id, appName: r.app_name,
  assignee: r.assignee_id && r.assignee_email ? { id: r.assignee_id, name: r.assignee_name, email: r.assignee_email } : null,
  slaDueAt: r.sla_due_at?.toISOString() ?? null, slaState: slaStateOf(r.sla_due_at, r.status, now),
  occurrences: r.occurrences, firstSeenAt: r.first_seen_at.toISOString(), lastSeenAt: r.last_seen_at.toISOString(),
  tags: toTags(r.tags), location: r.location,
});

export function cursorOf(r: FindingRowRecord, sort: FindingSort): string {
  const c: FindingCursor =
    sort === "severity" ? { sort, severity: r.severity, at: r.last_seen_at.toISOString(), id: r.id }
    : sort === "sla" ? { sort, at: r.sla_due_at?.toISOString() ?? null, id: r.id }
    : { sort, at: (sort === "first_seen" ? r.first_seen_at : r.last_seen_at).toISOString(), id: r.id };
  return encodeFindingCursor(c);
}
