-- Findings text search that indexes under row-level security. Postgres may use an operator as an index condition
-- below a row-level security policy only if it is LEAKPROOF. ILIKE, pg_trgm, tsvector and array operators are not,
-- so a tenant's `q=` search scanned every finding of the org. Btree equality and range comparisons on text are
-- leakproof, so the words of each finding's title, rule id and location go into finding_terms, and a search word
-- is a range scan of its prefix there (lib/findings/search-words.ts splits the query the same way).
-- The row also carries the finding's severity, status and due date, so the counters of a search are index-only.
-- The overdue counters of "assigned to"/"unassigned" read the active-SLA index only, which now carries the assignee.
-- The WASM migration engine splits scripts at every semicolon, so bodies spell them as \073.

-- Words: split at spaces (JavaScript's \s set, spelled out) and ASCII punctuation, lower-cased, 2+ characters, cut at 64, a few stop words left out.
CREATE FUNCTION finding_words(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  'SELECT coalesce(array_agg(DISTINCT left(w, 64)), ''{}'') FROM regexp_split_to_table(lower(t), ''[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff!-/:-@\[-`{-~]+'') AS w
   WHERE length(w) >= 2 AND w <> ALL (''{an,and,at,by,for,from,in,is,of,on,or,the,to,with}''::text[])';

CREATE TABLE "finding_terms" (
  "org_id" UUID NOT NULL,
  "term" TEXT COLLATE "C" NOT NULL,
  "finding_id" UUID NOT NULL REFERENCES "findings" ("id") ON DELETE CASCADE,
  "severity" "Severity" NOT NULL,
  "status" "FindingStatus" NOT NULL,
  "sla_due_at" TIMESTAMPTZ(3)
);

CREATE UNIQUE INDEX "finding_terms_org_term_finding_idx" ON "finding_terms" ("org_id", "term", "finding_id") INCLUDE ("severity", "status", "sla_due_at");
-- Finding-first lookups (is this finding a match, the triggers' deletes and updates) read only this index.
CREATE INDEX "finding_terms_finding_id_idx" ON "finding_terms" ("finding_id", "org_id", "term");

-- New findings: one statement-level trigger per INSERT, so bulk writes index their words in one query.
CREATE FUNCTION finding_terms_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO finding_terms (org_id, term, finding_id, severity, status, sla_due_at)
    SELECT n.org_id, w, n.id, n.severity, n.status, n.sla_due_at
    FROM new_rows n CROSS JOIN LATERAL unnest(finding_words(concat_ws('' '', n.title, n.rule_id, n.location))) AS w\073
  RETURN NULL\073
END\073';
CREATE TRIGGER findings_terms_insert AFTER INSERT ON "findings" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION finding_terms_insert();

-- Changed findings: one statement-level trigger per UPDATE, set-based (an SLA change rewrites a whole org's due
-- dates in one statement). A statement that changes none of these columns (recurrences move only last_seen_at and
-- occurrences) stops after one join of the transition tables. Changed text: the words are replaced. Otherwise the
-- copied severity, status and due date are updated.
CREATE FUNCTION finding_terms_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.title, n.rule_id, n.location, n.severity, n.status, n.sla_due_at)
      IS DISTINCT FROM (o.title, o.rule_id, o.location, o.severity, o.status, o.sla_due_at)) THEN
    RETURN NULL\073
  END IF\073
  DELETE FROM finding_terms t USING new_rows n, old_rows o
    WHERE o.id = n.id AND t.finding_id = n.id AND (n.title, n.rule_id, n.location) IS DISTINCT FROM (o.title, o.rule_id, o.location)\073
  INSERT INTO finding_terms (org_id, term, finding_id, severity, status, sla_due_at)
    SELECT n.org_id, w, n.id, n.severity, n.status, n.sla_due_at
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    CROSS JOIN LATERAL unnest(finding_words(concat_ws('' '', n.title, n.rule_id, n.location))) AS w
    WHERE (n.title, n.rule_id, n.location) IS DISTINCT FROM (o.title, o.rule_id, o.location)\073
  UPDATE finding_terms t SET severity = n.severity, status = n.status, sla_due_at = n.sla_due_at
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE t.finding_id = n.id AND (n.title, n.rule_id, n.location) IS NOT DISTINCT FROM (o.title, o.rule_id, o.location)
      AND (n.severity, n.status, n.sla_due_at) IS DISTINCT FROM (o.severity, o.status, o.sla_due_at)\073
  RETURN NULL\073
END\073';
CREATE TRIGGER findings_terms_update AFTER UPDATE ON "findings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION finding_terms_update();

-- The owner fills the table from every org's findings, after the triggers exist so that findings written meanwhile
-- are indexed by them (ON CONFLICT: by both). FORCE on findings is lifted for this statement's sake: a superuser owner
-- reads every org's findings anyway, a plain owner would read none. Row-level security on the new table comes after.
ALTER TABLE "findings" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "finding_terms" ("org_id", "term", "finding_id", "severity", "status", "sla_due_at")
  SELECT f.org_id, w, f.id, f.severity, f.status, f.sla_due_at
  FROM "findings" f CROSS JOIN LATERAL unnest(finding_words(concat_ws(' ', f.title, f.rule_id, f.location))) AS w
  ON CONFLICT DO NOTHING;
ALTER TABLE "findings" FORCE ROW LEVEL SECURITY;

ALTER TABLE "finding_terms" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finding_terms" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "finding_terms" USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()));

DROP INDEX "findings_active_sla_idx";
CREATE INDEX "findings_active_sla_idx" ON "findings" ("org_id", "sla_due_at", "app_id", "source", "severity", "status") INCLUDE ("assignee_id")
  WHERE status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND sla_due_at IS NOT NULL;

-- Tenant queries run serially. The console's tenant traffic is many short queries at once, and a parallel plan forks two
-- more backends per query (several ms of setup for a query of 1-3 ms) and lets one org's query take three cores
-- from the others. Needs the right to alter the role: the migration that created it has it, and a role created
-- beforehand by someone else keeps its own settings (with a notice).
DO E'BEGIN
  ALTER ROLE llmsecops_app SET max_parallel_workers_per_gather = 0\073
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE ''llmsecops_app keeps its max_parallel_workers_per_gather: not allowed to alter the role''\073
END';
