-- CreateEnum
CREATE TYPE "Lifecycle" AS ENUM ('IDEA', 'DEVELOPMENT', 'PRODUCTION', 'RETIRED');

-- CreateEnum
CREATE TYPE "Criticality" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateEnum
CREATE TYPE "Exposure" AS ENUM ('INTERNAL', 'PARTNER', 'PUBLIC');

-- CreateEnum
CREATE TYPE "EndUserAuth" AS ENUM ('SSO', 'APP_LOGIN', 'API_KEY', 'NONE');

-- CreateEnum
CREATE TYPE "Deployment" AS ENUM ('SERVERLESS', 'CONTAINER', 'VM', 'MANAGED_SERVICE');

-- CreateEnum
CREATE TYPE "DataStoreKind" AS ENUM ('VECTOR', 'SQL', 'NOSQL', 'BLOB', 'CACHE', 'MEMORY');

-- CreateEnum
CREATE TYPE "Classification" AS ENUM ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "IntegrationKind" AS ENUM ('OAUTH_CONNECTION', 'CLOUD_ACCOUNT', 'LLM_PROVIDER', 'SERVICE_ACCOUNT');

-- CreateEnum
CREATE TYPE "ConnectionStatus" AS ENUM ('PENDING', 'CONNECTED', 'ERROR', 'DISCONNECTED');

-- CreateEnum
CREATE TYPE "DatasetAccess" AS ENUM ('RAG_INDEX', 'TOOL', 'FINE_TUNING', 'PROMPT_CONTEXT');

-- CreateTable
CREATE TABLE "org_data_keys" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "wrapped_key" VARCHAR(200) NOT NULL,
    "root_key_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "org_data_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "llm_apps" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "description" VARCHAR(2000) NOT NULL DEFAULT '',
    "owner_id" UUID,
    "business_unit" VARCHAR(120) NOT NULL DEFAULT '',
    "criticality" "Criticality" NOT NULL DEFAULT 'MEDIUM',
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'DEVELOPMENT',
    "environments" TEXT[],
    "exposure" "Exposure" NOT NULL DEFAULT 'INTERNAL',
    "end_user_auth" "EndUserAuth" NOT NULL DEFAULT 'SSO',
    "deployment" "Deployment" NOT NULL DEFAULT 'CONTAINER',
    "framework" VARCHAR(40) NOT NULL DEFAULT 'custom',
    "frontend" VARCHAR(40) NOT NULL DEFAULT 'api-only',
    "tags" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "llm_apps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_usages" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "model_id" VARCHAR(120) NOT NULL,
    "purpose" VARCHAR(40) NOT NULL DEFAULT 'chat',
    "credential_id" UUID,
    "via_gateway" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "model_usages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_data_stores" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "kind" "DataStoreKind" NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "dataset_id" UUID,

    CONSTRAINT "app_data_stores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integrations" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "kind" "IntegrationKind" NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "status" "ConnectionStatus" NOT NULL DEFAULT 'PENDING',
    "last_checked_at" TIMESTAMPTZ(3),
    "last_error" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "integrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_secrets" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "integration_id" UUID NOT NULL,
    "purpose" VARCHAR(40) NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "last4" VARCHAR(4) NOT NULL,
    "fingerprint" VARCHAR(16) NOT NULL,
    "rotation_days" INTEGER NOT NULL DEFAULT 90,
    "last_rotated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "integration_secrets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_states" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "integration_id" UUID NOT NULL,
    "state_hash" VARCHAR(64) NOT NULL,
    "verifier_cipher" TEXT NOT NULL,
    "created_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "oauth_states_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_sources" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "description" VARCHAR(2000) NOT NULL DEFAULT '',
    "integration_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "data_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "datasets" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "source_id" UUID,
    "name" VARCHAR(120) NOT NULL,
    "location_uri" VARCHAR(1000) NOT NULL DEFAULT '',
    "store_type" "DataStoreKind",
    "owner" VARCHAR(254) NOT NULL DEFAULT '',
    "classification" "Classification" NOT NULL DEFAULT 'INTERNAL',
    "categories" TEXT[],
    "approx_size_bytes" BIGINT,
    "retention_days" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "datasets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_app_links" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "dataset_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "access" "DatasetAccess" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_app_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "org_data_keys_org_id_idx" ON "org_data_keys"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "org_data_keys_org_id_version_key" ON "org_data_keys"("org_id", "version");

-- CreateIndex
CREATE INDEX "llm_apps_org_id_lifecycle_idx" ON "llm_apps"("org_id", "lifecycle");

-- CreateIndex
CREATE INDEX "llm_apps_owner_id_idx" ON "llm_apps"("owner_id");

-- CreateIndex
CREATE UNIQUE INDEX "llm_apps_org_id_name_key" ON "llm_apps"("org_id", "name");

-- CreateIndex
CREATE INDEX "model_usages_org_id_provider_idx" ON "model_usages"("org_id", "provider");

-- CreateIndex
CREATE INDEX "model_usages_app_id_idx" ON "model_usages"("app_id");

-- CreateIndex
CREATE INDEX "model_usages_credential_id_idx" ON "model_usages"("credential_id");

-- CreateIndex
CREATE INDEX "app_data_stores_org_id_idx" ON "app_data_stores"("org_id");

-- CreateIndex
CREATE INDEX "app_data_stores_app_id_idx" ON "app_data_stores"("app_id");

-- CreateIndex
CREATE INDEX "app_data_stores_dataset_id_idx" ON "app_data_stores"("dataset_id");

-- CreateIndex
CREATE INDEX "integrations_org_id_kind_idx" ON "integrations"("org_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "integrations_org_id_name_key" ON "integrations"("org_id", "name");

-- CreateIndex
CREATE INDEX "integration_secrets_org_id_last_rotated_at_idx" ON "integration_secrets"("org_id", "last_rotated_at");

-- CreateIndex
CREATE UNIQUE INDEX "integration_secrets_integration_id_purpose_key" ON "integration_secrets"("integration_id", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_states_state_hash_key" ON "oauth_states"("state_hash");

-- CreateIndex
CREATE INDEX "oauth_states_org_id_idx" ON "oauth_states"("org_id");

-- CreateIndex
CREATE INDEX "oauth_states_integration_id_idx" ON "oauth_states"("integration_id");

-- CreateIndex
CREATE INDEX "data_sources_integration_id_idx" ON "data_sources"("integration_id");

-- CreateIndex
CREATE UNIQUE INDEX "data_sources_org_id_name_key" ON "data_sources"("org_id", "name");

-- CreateIndex
CREATE INDEX "datasets_org_id_classification_idx" ON "datasets"("org_id", "classification");

-- CreateIndex
CREATE INDEX "datasets_source_id_idx" ON "datasets"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "datasets_org_id_name_key" ON "datasets"("org_id", "name");

-- CreateIndex
CREATE INDEX "dataset_app_links_org_id_idx" ON "dataset_app_links"("org_id");

-- CreateIndex
CREATE INDEX "dataset_app_links_app_id_idx" ON "dataset_app_links"("app_id");

-- CreateIndex
CREATE UNIQUE INDEX "dataset_app_links_dataset_id_app_id_access_key" ON "dataset_app_links"("dataset_id", "app_id", "access");

-- AddForeignKey
ALTER TABLE "org_data_keys" ADD CONSTRAINT "org_data_keys_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "llm_apps" ADD CONSTRAINT "llm_apps_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "llm_apps" ADD CONSTRAINT "llm_apps_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_usages" ADD CONSTRAINT "model_usages_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_usages" ADD CONSTRAINT "model_usages_credential_id_fkey" FOREIGN KEY ("credential_id") REFERENCES "integrations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_data_stores" ADD CONSTRAINT "app_data_stores_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_data_stores" ADD CONSTRAINT "app_data_stores_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration_secrets" ADD CONSTRAINT "integration_secrets_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_states" ADD CONSTRAINT "oauth_states_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_sources" ADD CONSTRAINT "data_sources_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_sources" ADD CONSTRAINT "data_sources_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "data_sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_app_links" ADD CONSTRAINT "dataset_app_links_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_app_links" ADD CONSTRAINT "dataset_app_links_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;
