-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "finding_sla_days" JSONB NOT NULL DEFAULT '{"CRITICAL": 7, "HIGH": 30, "MEDIUM": 90, "LOW": 120, "INFO": null}';

-- AlterTable
ALTER TABLE "findings" ADD COLUMN     "assignee_id" UUID,
ADD COLUMN     "location" VARCHAR(500),
ADD COLUMN     "references" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "risk_accepted_until" TIMESTAMPTZ(3),
ADD COLUMN     "risk_approver_id" UUID,
ADD COLUMN     "risk_justification" VARCHAR(2000),
ADD COLUMN     "sla_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "status_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "finding_activity" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "actor_id" UUID,
    "actor" VARCHAR(300) NOT NULL,
    "kind" VARCHAR(30) NOT NULL,
    "field" VARCHAR(40),
    "from_value" VARCHAR(300),
    "to_value" VARCHAR(300),
    "note" VARCHAR(2000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_comments" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "author_id" UUID,
    "author" VARCHAR(300) NOT NULL,
    "body" VARCHAR(4000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_views" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "query" VARCHAR(2000) NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_runs" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "created_by_id" UUID,
    "via" VARCHAR(10) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "format" VARCHAR(20) NOT NULL,
    "spec_version" VARCHAR(20),
    "tools" JSONB NOT NULL DEFAULT '[]',
    "results" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "skipped" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "correlation_runs" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "rule" VARCHAR(40) NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "window_end" TIMESTAMPTZ(3) NOT NULL,
    "matched" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "ran_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "correlation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_webhooks" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "format" VARCHAR(10) NOT NULL,
    "secret_cipher" TEXT,
    "min_severity" "Severity" NOT NULL DEFAULT 'HIGH',
    "on_new_finding" BOOLEAN NOT NULL DEFAULT true,
    "on_sla_breach" BOOLEAN NOT NULL DEFAULT true,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "last_status" VARCHAR(200),
    "last_delivery_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "alert_webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_deliveries" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "webhook_id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'PENDING',
    "http_status" INTEGER,
    "error" VARCHAR(500),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "alert_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "finding_activity_finding_id_created_at_idx" ON "finding_activity"("finding_id", "created_at");

-- CreateIndex
CREATE INDEX "finding_comments_finding_id_created_at_idx" ON "finding_comments"("finding_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "saved_views_org_id_user_id_name_key" ON "saved_views"("org_id", "user_id", "name");

-- CreateIndex
CREATE INDEX "import_runs_org_id_created_at_idx" ON "import_runs"("org_id", "created_at");

-- CreateIndex
CREATE INDEX "import_runs_app_id_created_at_idx" ON "import_runs"("app_id", "created_at");

-- CreateIndex
CREATE INDEX "correlation_runs_org_id_rule_ran_at_idx" ON "correlation_runs"("org_id", "rule", "ran_at");

-- CreateIndex
CREATE INDEX "alert_webhooks_org_id_idx" ON "alert_webhooks"("org_id");

-- CreateIndex
CREATE INDEX "alert_deliveries_org_id_created_at_idx" ON "alert_deliveries"("org_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "alert_deliveries_webhook_id_finding_id_kind_key" ON "alert_deliveries"("webhook_id", "finding_id", "kind");

-- CreateIndex
CREATE INDEX "findings_org_id_last_seen_at_id_idx" ON "findings"("org_id", "last_seen_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "findings_org_id_severity_status_idx" ON "findings"("org_id", "severity", "status");

-- CreateIndex
CREATE INDEX "findings_org_id_assignee_id_status_idx" ON "findings"("org_id", "assignee_id", "status");

-- CreateIndex
CREATE INDEX "findings_org_id_sla_due_at_idx" ON "findings"("org_id", "sla_due_at");

-- CreateIndex
CREATE INDEX "findings_org_id_app_id_source_detector_idx" ON "findings"("org_id", "app_id", "source", "detector");

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_risk_approver_id_fkey" FOREIGN KEY ("risk_approver_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_activity" ADD CONSTRAINT "finding_activity_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_activity" ADD CONSTRAINT "finding_activity_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_comments" ADD CONSTRAINT "finding_comments_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_comments" ADD CONSTRAINT "finding_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correlation_runs" ADD CONSTRAINT "correlation_runs_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_webhooks" ADD CONSTRAINT "alert_webhooks_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "alert_webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Text search over findings (title, rule, location) uses trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "findings_title_trgm_idx" ON "findings" USING gin ("title" gin_trgm_ops);

-- SLA due dates come from the org's days per severity, for every writer (bulk DLP/ingest SQL, imports, correlations,
-- use cases): set on insert, recomputed from first seen when the severity changes, and restarted from now when a
-- closed finding (resolved, risk accepted, false positive) reopens. The WASM migration engine splits scripts at every
-- semicolon, so the body spells them as \073.
CREATE FUNCTION finding_sla_days(org uuid, sev "Severity") RETURNS integer LANGUAGE sql STABLE AS
  E'SELECT (finding_sla_days ->> sev::text)::integer FROM organizations WHERE id = org';

CREATE FUNCTION findings_sla() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    IF NEW.sla_due_at IS NULL THEN
      NEW.sla_due_at := NEW.first_seen_at + make_interval(days => finding_sla_days(NEW.org_id, NEW.severity))\073
    END IF\073
  ELSIF NEW.status = ''OPEN'' AND OLD.status IN (''RESOLVED'', ''RISK_ACCEPTED'', ''FALSE_POSITIVE'') THEN
    NEW.sla_due_at := now() + make_interval(days => finding_sla_days(NEW.org_id, NEW.severity))\073
  ELSIF NEW.severity IS DISTINCT FROM OLD.severity THEN
    NEW.sla_due_at := NEW.first_seen_at + make_interval(days => finding_sla_days(NEW.org_id, NEW.severity))\073
  END IF\073
  IF TG_OP = ''UPDATE'' AND NEW.status IS DISTINCT FROM OLD.status THEN
    NEW.status_changed_at := now()\073
  END IF\073
  RETURN NEW\073
END\073';

CREATE TRIGGER findings_sla_due
  BEFORE INSERT OR UPDATE OF status, severity ON findings
  FOR EACH ROW EXECUTE FUNCTION findings_sla();

UPDATE findings SET sla_due_at = first_seen_at + make_interval(days => finding_sla_days(org_id, severity)) WHERE sla_due_at IS NULL;
