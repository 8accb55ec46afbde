-- CreateIndex
CREATE INDEX "findings_org_id_app_id_last_seen_at_id_idx" ON "findings"("org_id", "app_id", "last_seen_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "findings_org_id_severity_last_seen_at_id_idx" ON "findings"("org_id", "severity", "last_seen_at" DESC, "id" DESC);

-- Text search also matches rule ids and locations (file paths, package URLs) through trigram indexes.
CREATE INDEX "findings_rule_id_trgm_idx" ON "findings" USING gin ("rule_id" gin_trgm_ops);
CREATE INDEX "findings_location_trgm_idx" ON "findings" USING gin ("location" gin_trgm_ops);

-- Overdue counts read only active findings with a due date.
CREATE INDEX "findings_active_sla_idx" ON "findings" ("org_id", "sla_due_at", "app_id", "source")
  WHERE status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND sla_due_at IS NOT NULL;

-- Counters rollup: every statement that inserts, deletes or moves findings between (app, source, severity, status)
-- groups appends its signed per-group deltas here (append-only, so concurrent writers never wait on a counter row),
-- and the maintenance task compacts them. The findings counters sum a few hundred rows instead of counting an
-- org's findings. Not in schema.prisma: only raw SQL reads and writes it.
CREATE TABLE "finding_count_deltas" (
  "org_id" UUID NOT NULL,
  "app_key" UUID NOT NULL,
  "source" "FindingSource" NOT NULL,
  "severity" "Severity" NOT NULL,
  "status" "FindingStatus" NOT NULL,
  "n" INTEGER NOT NULL
);
CREATE INDEX "finding_count_deltas_org_idx" ON "finding_count_deltas" ("org_id", "app_key");

CREATE FUNCTION findings_count_deltas() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO finding_count_deltas
      SELECT org_id, coalesce(app_id, ''00000000-0000-0000-0000-000000000000''::uuid), source, severity, status, count(*)
      FROM new_rows GROUP BY 1, 2, 3, 4, 5\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO finding_count_deltas
      SELECT org_id, coalesce(app_id, ''00000000-0000-0000-0000-000000000000''::uuid), source, severity, status, -count(*)
      FROM old_rows GROUP BY 1, 2, 3, 4, 5\073
  ELSE
    INSERT INTO finding_count_deltas
      SELECT org_id, app_key, source, severity, status, sum(n) FROM (
        SELECT n.org_id, coalesce(n.app_id, ''00000000-0000-0000-0000-000000000000''::uuid) AS app_key, n.source, n.severity, n.status, 1 AS n
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.app_id, n.source, n.severity, n.status) IS DISTINCT FROM (o.app_id, o.source, o.severity, o.status)
        UNION ALL
        SELECT o.org_id, coalesce(o.app_id, ''00000000-0000-0000-0000-000000000000''::uuid), o.source, o.severity, o.status, -1
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.app_id, n.source, n.severity, n.status) IS DISTINCT FROM (o.app_id, o.source, o.severity, o.status)
      ) moved GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0\073
  END IF\073
  RETURN NULL\073
END\073';

CREATE TRIGGER findings_counts_insert AFTER INSERT ON findings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION findings_count_deltas();
CREATE TRIGGER findings_counts_update AFTER UPDATE ON findings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION findings_count_deltas();
CREATE TRIGGER findings_counts_delete AFTER DELETE ON findings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION findings_count_deltas();

INSERT INTO finding_count_deltas
  SELECT org_id, coalesce(app_id, '00000000-0000-0000-0000-000000000000'::uuid), source, severity, status, count(*)
  FROM findings GROUP BY 1, 2, 3, 4, 5;
