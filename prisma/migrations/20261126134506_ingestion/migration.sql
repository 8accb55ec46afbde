-- CreateEnum
CREATE TYPE "IngestStatus" AS ENUM ('STORED', 'PROCESSING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "IngestVia" AS ENUM ('UPLOAD', 'API', 'CLI', 'PULL');

-- CreateTable
CREATE TABLE "ingest_files" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "source" VARCHAR(40) NOT NULL,
    "detected_source" VARCHAR(40),
    "file_name" VARCHAR(255) NOT NULL,
    "storage_key" VARCHAR(300) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "via" "IngestVia" NOT NULL,
    "created_by_id" UUID,
    "api_key_id" UUID,
    "status" "IngestStatus" NOT NULL DEFAULT 'STORED',
    "lines" INTEGER NOT NULL DEFAULT 0,
    "stored" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "reasons" JSONB NOT NULL DEFAULT '{}',
    "checkpoint" INTEGER NOT NULL DEFAULT 0,
    "bytes_read" BIGINT NOT NULL DEFAULT 0,
    "error" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "ingest_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_rejections" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "line_number" INTEGER NOT NULL,
    "record_index" INTEGER NOT NULL DEFAULT 0,
    "reason" VARCHAR(40) NOT NULL,
    "detail" VARCHAR(500),
    "raw_prefix" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ingest_rejections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "llm_events" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "file_id" UUID,
    "source" VARCHAR(40) NOT NULL,
    "event_hash" VARCHAR(64) NOT NULL,
    "time" TIMESTAMPTZ(3) NOT NULL,
    "provider_name" VARCHAR(60) NOT NULL,
    "operation_name" VARCHAR(60) NOT NULL,
    "request_model" VARCHAR(200),
    "response_model" VARCHAR(200),
    "response_id" VARCHAR(200),
    "input_tokens" INTEGER,
    "output_tokens" INTEGER,
    "request_count" INTEGER,
    "cost_usd" DECIMAL(18,6),
    "period_end" TIMESTAMPTZ(3),
    "principal" VARCHAR(500),
    "api_key_id" VARCHAR(200),
    "project_id" VARCHAR(300),
    "deployment" VARCHAR(200),
    "source_ip" VARCHAR(64),
    "user_agent" VARCHAR(500),
    "trace_id" VARCHAR(64),
    "span_id" VARCHAR(32),
    "finish_reasons" TEXT[],
    "error_type" VARCHAR(200),
    "app_id" UUID,
    "prompt" TEXT,
    "completion" TEXT,
    "finding_count" INTEGER NOT NULL DEFAULT 0,
    "raw" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "llm_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cloud_events" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "file_id" UUID,
    "source" VARCHAR(40) NOT NULL,
    "event_hash" VARCHAR(64) NOT NULL,
    "time" TIMESTAMPTZ(3) NOT NULL,
    "provider" VARCHAR(20) NOT NULL,
    "account" VARCHAR(300),
    "principal" VARCHAR(500),
    "source_ip" VARCHAR(64),
    "user_agent" VARCHAR(500),
    "service" VARCHAR(200) NOT NULL,
    "action" VARCHAR(200) NOT NULL,
    "resource" VARCHAR(1000),
    "outcome" VARCHAR(10) NOT NULL,
    "region" VARCHAR(60),
    "model" VARCHAR(200),
    "raw" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cloud_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_mapping_rules" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "field" VARCHAR(20) NOT NULL,
    "match_type" VARCHAR(10) NOT NULL DEFAULT 'exact',
    "value" VARCHAR(500) NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 100,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_mapping_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_prices" (
    "id" UUID NOT NULL,
    "org_id" UUID,
    "provider" VARCHAR(60) NOT NULL,
    "model" VARCHAR(200) NOT NULL,
    "input_per_mtok_usd" DECIMAL(12,6) NOT NULL,
    "output_per_mtok_usd" DECIMAL(12,6) NOT NULL,
    "effective_from" DATE NOT NULL,
    "note" VARCHAR(300) NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "model_prices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ingest_files_org_id_created_at_idx" ON "ingest_files"("org_id", "created_at");

-- CreateIndex
CREATE INDEX "ingest_rejections_org_id_created_at_idx" ON "ingest_rejections"("org_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "ingest_rejections_file_id_line_number_record_index_key" ON "ingest_rejections"("file_id", "line_number", "record_index");

-- CreateIndex
CREATE INDEX "llm_events_org_id_time_idx" ON "llm_events"("org_id", "time");

-- CreateIndex
CREATE INDEX "llm_events_org_id_app_id_time_idx" ON "llm_events"("org_id", "app_id", "time");

-- CreateIndex
CREATE UNIQUE INDEX "llm_events_org_id_source_event_hash_key" ON "llm_events"("org_id", "source", "event_hash");

-- CreateIndex
CREATE INDEX "cloud_events_org_id_time_idx" ON "cloud_events"("org_id", "time");

-- CreateIndex
CREATE INDEX "cloud_events_org_id_principal_time_idx" ON "cloud_events"("org_id", "principal", "time");

-- CreateIndex
CREATE UNIQUE INDEX "cloud_events_org_id_source_event_hash_key" ON "cloud_events"("org_id", "source", "event_hash");

-- CreateIndex
CREATE INDEX "app_mapping_rules_org_id_priority_idx" ON "app_mapping_rules"("org_id", "priority");

-- CreateIndex
CREATE INDEX "model_prices_provider_model_idx" ON "model_prices"("provider", "model");

-- AddForeignKey
ALTER TABLE "ingest_files" ADD CONSTRAINT "ingest_files_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingest_rejections" ADD CONSTRAINT "ingest_rejections_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "ingest_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_mapping_rules" ADD CONSTRAINT "app_mapping_rules_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;
