-- CreateEnum
CREATE TYPE "DlpAction" AS ENUM ('ALERT', 'REDACT', 'BLOCK');

-- CreateEnum
CREATE TYPE "RedactOperator" AS ENUM ('REPLACE', 'REDACT', 'MASK', 'HASH');

-- CreateEnum
CREATE TYPE "FindingSource" AS ENUM ('DLP', 'SECRET_ROTATION', 'POSTURE', 'SAST', 'SCA', 'CORRELATION', 'MANUAL');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'TRIAGED', 'IN_PROGRESS', 'RESOLVED', 'FALSE_POSITIVE', 'RISK_ACCEPTED');

-- CreateTable
CREATE TABLE "dlp_policies" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID,
    "detectors" TEXT[],
    "thresholds" JSONB NOT NULL,
    "disabled_types" TEXT[],
    "action" "DlpAction" NOT NULL DEFAULT 'ALERT',
    "operator" "RedactOperator" NOT NULL DEFAULT 'REPLACE',
    "hash_salt" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dlp_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dlp_custom_rules" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "rule_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "description" VARCHAR(1000) NOT NULL DEFAULT '',
    "pattern" VARCHAR(1000) NOT NULL,
    "case_insensitive" BOOLEAN NOT NULL DEFAULT false,
    "keywords" TEXT[],
    "validator" VARCHAR(20) NOT NULL DEFAULT 'none',
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0.8,
    "severity" "Severity" NOT NULL DEFAULT 'MEDIUM',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dlp_custom_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_samples" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "dataset_id" UUID NOT NULL,
    "label" VARCHAR(200) NOT NULL,
    "content" TEXT NOT NULL,
    "last_scan_id" UUID,
    "finding_count" INTEGER NOT NULL DEFAULT 0,
    "scanned_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_samples_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dlp_scans" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "dataset_id" UUID,
    "requested_by_id" UUID,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "scanned" INTEGER NOT NULL DEFAULT 0,
    "findings" INTEGER NOT NULL DEFAULT 0,
    "batches" INTEGER NOT NULL DEFAULT 0,
    "done_batches" INTEGER[],
    "error" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "dlp_scans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID,
    "dataset_id" UUID,
    "source" "FindingSource" NOT NULL,
    "detector" VARCHAR(40) NOT NULL,
    "rule_id" VARCHAR(120) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" VARCHAR(4000) NOT NULL DEFAULT '',
    "severity" "Severity" NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "fingerprint" VARCHAR(64) NOT NULL,
    "value_hash" VARCHAR(64),
    "evidence" VARCHAR(500) NOT NULL DEFAULT '',
    "tags" JSONB NOT NULL,
    "score" DOUBLE PRECISION,
    "occurrences" INTEGER NOT NULL DEFAULT 1,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_occurrences" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "record_type" VARCHAR(40) NOT NULL,
    "record_id" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_occurrences_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "dlp_policies_app_id_key" ON "dlp_policies"("app_id");

-- CreateIndex
CREATE INDEX "dlp_policies_org_id_idx" ON "dlp_policies"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "dlp_custom_rules_org_id_rule_id_key" ON "dlp_custom_rules"("org_id", "rule_id");

-- CreateIndex
CREATE INDEX "dataset_samples_org_id_dataset_id_created_at_idx" ON "dataset_samples"("org_id", "dataset_id", "created_at");

-- CreateIndex
CREATE INDEX "dlp_scans_org_id_created_at_idx" ON "dlp_scans"("org_id", "created_at");

-- CreateIndex
CREATE INDEX "findings_org_id_status_severity_last_seen_at_idx" ON "findings"("org_id", "status", "severity", "last_seen_at");

-- CreateIndex
CREATE INDEX "findings_org_id_dataset_id_idx" ON "findings"("org_id", "dataset_id");

-- CreateIndex
CREATE INDEX "findings_app_id_idx" ON "findings"("app_id");

-- CreateIndex
CREATE UNIQUE INDEX "findings_org_id_fingerprint_key" ON "findings"("org_id", "fingerprint");

-- CreateIndex
CREATE INDEX "finding_occurrences_org_id_record_type_record_id_idx" ON "finding_occurrences"("org_id", "record_type", "record_id");

-- CreateIndex
CREATE UNIQUE INDEX "finding_occurrences_finding_id_record_type_record_id_start_key" ON "finding_occurrences"("finding_id", "record_type", "record_id", "start");

-- AddForeignKey
ALTER TABLE "dlp_policies" ADD CONSTRAINT "dlp_policies_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dlp_policies" ADD CONSTRAINT "dlp_policies_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dlp_custom_rules" ADD CONSTRAINT "dlp_custom_rules_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_samples" ADD CONSTRAINT "dataset_samples_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_samples" ADD CONSTRAINT "dataset_samples_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dlp_scans" ADD CONSTRAINT "dlp_scans_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dlp_scans" ADD CONSTRAINT "dlp_scans_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_occurrences" ADD CONSTRAINT "finding_occurrences_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One org-wide default policy per org (app_id IS NULL): Prisma cannot declare a partial unique index.
CREATE UNIQUE INDEX "dlp_policies_org_default_key" ON "dlp_policies"("org_id") WHERE "app_id" IS NULL;
