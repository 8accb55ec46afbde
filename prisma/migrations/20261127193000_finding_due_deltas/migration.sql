-- Overdue counts from a rollup. The counters counted an org's overdue findings in the active-SLA index on every
-- request (17,000 index entries, 3.3 ms at a million findings), the most expensive part of the counters. Every
-- statement that writes findings now appends its signed deltas of active findings with a due date per UTC due day
-- here, in four groupings: all (grp 0), per app (1), per source (2) and per assignee (3), each with severity and
-- status. An overdue count sums the days before today and counts only today's findings in the index. Append-only like
-- finding_count_deltas, so concurrent writers never wait on a counter row, maintenance compacts it and folds the days
-- before yesterday into one (1970-01-01), since they are overdue whatever the clock says. Raw SQL only (not in
-- schema.prisma). The WASM migration engine splits scripts at every semicolon, so bodies spell them as \073.
CREATE TABLE "finding_due_deltas" (
  "org_id" UUID NOT NULL,
  "grp" SMALLINT NOT NULL,
  "dim" TEXT COLLATE "C" NOT NULL,
  "due_day" DATE NOT NULL,
  "severity" "Severity" NOT NULL,
  "status" "FindingStatus" NOT NULL,
  "n" INTEGER NOT NULL
);
CREATE INDEX "finding_due_deltas_org_idx" ON "finding_due_deltas" ("org_id", "grp", "dim", "due_day");

-- The grouping rows of a set of (finding, +1/-1) contributions: the dimension of each grouping, as text.
CREATE FUNCTION finding_due_groups(app_id uuid, source "FindingSource", assignee_id uuid)
  RETURNS TABLE (grp smallint, dim text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  E'VALUES (0::smallint, ''''), (1::smallint, coalesce(app_id, ''00000000-0000-0000-0000-000000000000''::uuid)::text),
    (2::smallint, source::text), (3::smallint, coalesce(assignee_id, ''00000000-0000-0000-0000-000000000000''::uuid)::text)';

CREATE FUNCTION findings_due_deltas() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO finding_due_deltas (org_id, grp, dim, due_day, severity, status, n)
      SELECT c.org_id, g.grp, g.dim, (c.sla_due_at AT TIME ZONE ''UTC'')::date, c.severity, c.status, count(*)
      FROM new_rows c CROSS JOIN LATERAL finding_due_groups(c.app_id, c.source, c.assignee_id) g
      WHERE c.status IN (''OPEN'', ''TRIAGED'', ''IN_PROGRESS'') AND c.sla_due_at IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO finding_due_deltas (org_id, grp, dim, due_day, severity, status, n)
      SELECT c.org_id, g.grp, g.dim, (c.sla_due_at AT TIME ZONE ''UTC'')::date, c.severity, c.status, -count(*)
      FROM old_rows c CROSS JOIN LATERAL finding_due_groups(c.app_id, c.source, c.assignee_id) g
      WHERE c.status IN (''OPEN'', ''TRIAGED'', ''IN_PROGRESS'') AND c.sla_due_at IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6\073
  ELSE
    INSERT INTO finding_due_deltas (org_id, grp, dim, due_day, severity, status, n)
      SELECT c.org_id, g.grp, g.dim, (c.sla_due_at AT TIME ZONE ''UTC'')::date, c.severity, c.status, sum(c.n)
      FROM (
        SELECT n.org_id, n.app_id, n.source, n.assignee_id, n.sla_due_at, n.severity, n.status, 1 AS n
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.app_id, n.source, n.assignee_id, n.sla_due_at, n.severity, n.status) IS DISTINCT FROM (o.app_id, o.source, o.assignee_id, o.sla_due_at, o.severity, o.status)
        UNION ALL
        SELECT o.org_id, o.app_id, o.source, o.assignee_id, o.sla_due_at, o.severity, o.status, -1
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.app_id, n.source, n.assignee_id, n.sla_due_at, n.severity, n.status) IS DISTINCT FROM (o.app_id, o.source, o.assignee_id, o.sla_due_at, o.severity, o.status)
      ) c CROSS JOIN LATERAL finding_due_groups(c.app_id, c.source, c.assignee_id) g
      WHERE c.status IN (''OPEN'', ''TRIAGED'', ''IN_PROGRESS'') AND c.sla_due_at IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(c.n) <> 0\073
  END IF\073
  RETURN NULL\073
END\073';

CREATE TRIGGER findings_due_insert AFTER INSERT ON "findings" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION findings_due_deltas();
CREATE TRIGGER findings_due_update AFTER UPDATE ON "findings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION findings_due_deltas();
CREATE TRIGGER findings_due_delete AFTER DELETE ON "findings" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION findings_due_deltas();

-- The owner fills the rollup from every org's findings after the triggers exist (findings written meanwhile add
-- their own deltas, a finding written between the trigger and this statement's snapshot would count twice, so the
-- migration runs before the console serves). FORCE on findings is lifted for this statement's sake, as in the
-- finding_terms migration.
ALTER TABLE "findings" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "finding_due_deltas" (org_id, grp, dim, due_day, severity, status, n)
  SELECT f.org_id, g.grp, g.dim, (f.sla_due_at AT TIME ZONE 'UTC')::date, f.severity, f.status, count(*)
  FROM "findings" f CROSS JOIN LATERAL finding_due_groups(f.app_id, f.source, f.assignee_id) g
  WHERE f.status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND f.sla_due_at IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6;
ALTER TABLE "findings" FORCE ROW LEVEL SECURITY;

ALTER TABLE "finding_due_deltas" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finding_due_deltas" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "finding_due_deltas" USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()));
