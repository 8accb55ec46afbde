-- The counters rollup gains the assignee (so "assigned to me / unassigned" counters read it too), and the active-SLA
-- index carries severity and status so SLA-filtered counters are index-only. The WASM migration engine splits
-- scripts at every semicolon, so the function body spells them as \073.
DROP INDEX "findings_active_sla_idx";
CREATE INDEX "findings_active_sla_idx" ON "findings" ("org_id", "sla_due_at", "app_id", "source", "severity", "status")
  WHERE status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND sla_due_at IS NOT NULL;

ALTER TABLE "finding_count_deltas" ADD COLUMN "assignee_key" UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';

CREATE OR REPLACE FUNCTION findings_count_deltas() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO finding_count_deltas (org_id, app_key, source, severity, status, n, assignee_key)
      SELECT org_id, coalesce(app_id, ''00000000-0000-0000-0000-000000000000''::uuid), source, severity, status, count(*),
        coalesce(assignee_id, ''00000000-0000-0000-0000-000000000000''::uuid)
      FROM new_rows GROUP BY 1, 2, 3, 4, 5, 7\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO finding_count_deltas (org_id, app_key, source, severity, status, n, assignee_key)
      SELECT org_id, coalesce(app_id, ''00000000-0000-0000-0000-000000000000''::uuid), source, severity, status, -count(*),
        coalesce(assignee_id, ''00000000-0000-0000-0000-000000000000''::uuid)
      FROM old_rows GROUP BY 1, 2, 3, 4, 5, 7\073
  ELSE
    INSERT INTO finding_count_deltas (org_id, app_key, source, severity, status, n, assignee_key)
      SELECT org_id, app_key, source, severity, status, sum(n), assignee_key FROM (
        SELECT n.org_id, coalesce(n.app_id, ''00000000-0000-0000-0000-000000000000''::uuid) AS app_key, n.source, n.severity, n.status, 1 AS n,
          coalesce(n.assignee_id, ''00000000-0000-0000-0000-000000000000''::uuid) AS assignee_key
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.app_id, n.source, n.severity, n.status, n.assignee_id) IS DISTINCT FROM (o.app_id, o.source, o.severity, o.status, o.assignee_id)
        UNION ALL
        SELECT o.org_id, coalesce(o.app_id, ''00000000-0000-0000-0000-000000000000''::uuid), o.source, o.severity, o.status, -1,
          coalesce(o.assignee_id, ''00000000-0000-0000-0000-000000000000''::uuid)
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.app_id, n.source, n.severity, n.status, n.assignee_id) IS DISTINCT FROM (o.app_id, o.source, o.severity, o.status, o.assignee_id)
      ) moved GROUP BY 1, 2, 3, 4, 5, 7 HAVING sum(n) <> 0\073
  END IF\073
  RETURN NULL\073
END\073';

-- Rebuild the rollup with the new dimension.
DELETE FROM finding_count_deltas;
INSERT INTO finding_count_deltas (org_id, app_key, source, severity, status, n, assignee_key)
  SELECT org_id, coalesce(app_id, '00000000-0000-0000-0000-000000000000'::uuid), source, severity, status, count(*),
    coalesce(assignee_id, '00000000-0000-0000-0000-000000000000'::uuid)
  FROM findings GROUP BY 1, 2, 3, 4, 5, 7;
