-- Counters of a text search from a rollup. A common word's counters counted its finding_terms entries by severity
-- and status on every request (16,666 entries, about 5 ms at a million findings). Every statement that writes
-- finding_terms now appends its signed deltas per (org, term, severity, status) here (append-only like the other
-- counters rollups, compacted by maintenance), so a one-word search sums a few rows. Its overdue count reads a partial
-- index of the active terms with a due date, ordered by due date within a term, so it visits only the overdue ones.
-- Raw SQL only (not in schema.prisma). The WASM migration engine splits scripts at every semicolon, so bodies spell
-- them as \073 (and comments have none).
CREATE TABLE "finding_term_counts" (
  "org_id" UUID NOT NULL,
  "term" TEXT COLLATE "C" NOT NULL,
  "severity" "Severity" NOT NULL,
  "status" "FindingStatus" NOT NULL,
  "n" INTEGER NOT NULL
);
CREATE INDEX "finding_term_counts_org_term_idx" ON "finding_term_counts" ("org_id", "term");

CREATE INDEX "finding_terms_active_due_idx" ON "finding_terms" ("org_id", "term", "sla_due_at")
  WHERE status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND sla_due_at IS NOT NULL;

CREATE FUNCTION finding_term_count_deltas() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO finding_term_counts (org_id, term, severity, status, n)
      SELECT org_id, term, severity, status, count(*) FROM new_rows GROUP BY 1, 2, 3, 4\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO finding_term_counts (org_id, term, severity, status, n)
      SELECT org_id, term, severity, status, -count(*) FROM old_rows GROUP BY 1, 2, 3, 4\073
  ELSE
    INSERT INTO finding_term_counts (org_id, term, severity, status, n)
      SELECT org_id, term, severity, status, sum(n) FROM (
        SELECT n.org_id, n.term, n.severity, n.status, 1 AS n
        FROM new_rows n JOIN old_rows o ON o.finding_id = n.finding_id AND o.term = n.term
        WHERE (n.severity, n.status) IS DISTINCT FROM (o.severity, o.status)
        UNION ALL
        SELECT o.org_id, o.term, o.severity, o.status, -1
        FROM new_rows n JOIN old_rows o ON o.finding_id = n.finding_id AND o.term = n.term
        WHERE (n.severity, n.status) IS DISTINCT FROM (o.severity, o.status)
      ) moved GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0\073
  END IF\073
  RETURN NULL\073
END\073';

CREATE TRIGGER finding_term_counts_insert AFTER INSERT ON "finding_terms" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION finding_term_count_deltas();
CREATE TRIGGER finding_term_counts_update AFTER UPDATE ON "finding_terms" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION finding_term_count_deltas();
CREATE TRIGGER finding_term_counts_delete AFTER DELETE ON "finding_terms" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION finding_term_count_deltas();

-- The owner fills the rollup from every org's terms after the triggers exist (the migration runs before the console
-- serves). FORCE on finding_terms is lifted for this statement's sake, as in the finding_terms migration.
ALTER TABLE "finding_terms" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "finding_term_counts" (org_id, term, severity, status, n)
  SELECT org_id, term, severity, status, count(*) FROM "finding_terms" GROUP BY 1, 2, 3, 4;
ALTER TABLE "finding_terms" FORCE ROW LEVEL SECURITY;

ALTER TABLE "finding_term_counts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finding_term_counts" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "finding_term_counts" USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()));
