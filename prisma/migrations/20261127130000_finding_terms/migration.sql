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

-- The owner fills the table from every org's findings: lift FORCE on findings meanwhile so the owner reads them
-- (a superuser does anyway, a plain owner would see none), and turn row-level security on for the new table after.
ALTER TABLE "findings" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "finding_terms" ("org_id", "term", "finding_id", "severity", "status", "sla_due_at")
  SELECT f.org_id, w, f.id, f.severity, f.status, f.sla_due_at
  FROM "findings" f CROSS JOIN LATERAL unnest(finding_words(concat_ws(' ', f.title, f.rule_id, f.location))) AS w;
ALTER TABLE "findings" FORCE ROW LEVEL SECURITY;

CREATE UNIQUE INDEX "finding_terms_org_term_finding_idx" ON "finding_terms" ("org_id", "term", "finding_id") INCLUDE ("severity", "status", "sla_due_at");
-- Finding-first lookups (is this finding a match, the triggers' deletes and updates) read only this index.
CREATE INDEX "finding_terms_finding_id_idx" ON "finding_terms" ("finding_id", "org_id", "term");

ALTER TABLE "finding_terms" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "finding_terms" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "finding_terms" USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()));

DROP INDEX "findings_active_sla_idx";
CREATE INDEX "findings_active_sla_idx" ON "findings" ("org_id", "sla_due_at", "app_id", "source", "severity", "status") INCLUDE ("assignee_id")
  WHERE status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS') AND sla_due_at IS NOT NULL;

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

-- Changed findings: a row trigger that fires only when the text or a counted column changed (recurrences, which
-- only move last_seen_at and occurrences, skip it).
CREATE FUNCTION finding_terms_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF (OLD.title, OLD.rule_id, OLD.location) IS DISTINCT FROM (NEW.title, NEW.rule_id, NEW.location) THEN
    DELETE FROM finding_terms WHERE finding_id = NEW.id\073
    INSERT INTO finding_terms (org_id, term, finding_id, severity, status, sla_due_at)
      SELECT NEW.org_id, w, NEW.id, NEW.severity, NEW.status, NEW.sla_due_at
      FROM unnest(finding_words(concat_ws('' '', NEW.title, NEW.rule_id, NEW.location))) AS w\073
  ELSE
    UPDATE finding_terms SET severity = NEW.severity, status = NEW.status, sla_due_at = NEW.sla_due_at WHERE finding_id = NEW.id\073
  END IF\073
  RETURN NULL\073
END\073';
CREATE TRIGGER findings_terms_update AFTER UPDATE ON "findings" FOR EACH ROW
  WHEN ((OLD.title, OLD.rule_id, OLD.location, OLD.severity, OLD.status, OLD.sla_due_at)
    IS DISTINCT FROM (NEW.title, NEW.rule_id, NEW.location, NEW.severity, NEW.status, NEW.sla_due_at))
  EXECUTE FUNCTION finding_terms_update();

-- Tenant queries run serially. The console's tenant traffic is many short queries at once, and a parallel plan forks two
-- more backends per query (several ms of setup for a query of 1-3 ms) and lets one org's query take three cores
-- from the others. Needs the right to alter the role: the migration that created it has it, and a role created
-- beforehand by someone else keeps its own settings (with a notice).
DO E'BEGIN
  ALTER ROLE llmsecops_app SET max_parallel_workers_per_gather = 0\073
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE ''llmsecops_app keeps its max_parallel_workers_per_gather: not allowed to alter the role''\073
END';
