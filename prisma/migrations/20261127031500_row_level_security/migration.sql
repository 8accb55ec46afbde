-- Tenant isolation in the database: row-level security on every table with an org_id column.
--
-- Roles (cluster-wide, created once if missing, their passwords set by whoever provisions the server, see
-- scripts/lib/db-roles.ts):
--   llmsecops_app     the console's tenant role: not superuser, not BYPASSRLS. Each connection carries the org it
--                     serves in the setting app.org_id (lib/server/scoped-pool.ts). With none set it sees no rows.
--   llmsecops_system  for work that is not one org's yet or spans orgs (authentication lookups, schedulers):
--                     BYPASSRLS, not superuser, owns nothing.
-- Tables stay owned by the migrating role. FORCE makes the policies apply to their owner too.
-- The WASM migration engine splits scripts at every semicolon, so bodies spell them as \073.
DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''llmsecops_app'') THEN
    CREATE ROLE llmsecops_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''llmsecops_system'') THEN
    CREATE ROLE llmsecops_system LOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT\073
  END IF\073
END';

GRANT USAGE ON SCHEMA public TO llmsecops_app, llmsecops_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO llmsecops_app, llmsecops_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO llmsecops_app, llmsecops_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO llmsecops_app, llmsecops_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO llmsecops_app, llmsecops_system;
-- Migrations stay with the migrating role.
REVOKE ALL ON TABLE _prisma_migrations FROM llmsecops_app, llmsecops_system;

-- The org of the current connection ('' or unset: none). The policies wrap it in a scalar subquery so Postgres
-- evaluates it once per statement (an InitPlan) instead of once per row.
CREATE FUNCTION app_current_org_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
  E'SELECT NULLIF(current_setting(''app.org_id'', true), '''')::uuid';

DO E'DECLARE t text\073
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = ''org_id'' AND NOT a.attisdropped
    WHERE n.nspname = ''public'' AND c.relkind IN (''r'', ''p'') AND c.relname <> ''model_prices''
  LOOP
    EXECUTE format(''ALTER TABLE %I ENABLE ROW LEVEL SECURITY'', t)\073
    EXECUTE format(''ALTER TABLE %I FORCE ROW LEVEL SECURITY'', t)\073
    EXECUTE format(''CREATE POLICY tenant_isolation ON %I USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()))'', t)\073
  END LOOP\073
END';

-- Model prices: rows with no org are the built-in public list every org reads. An org writes only its own.
ALTER TABLE model_prices ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_prices FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON model_prices USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()));
CREATE POLICY public_prices_read ON model_prices FOR SELECT USING (org_id IS NULL);
