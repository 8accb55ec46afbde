-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "gateway_store_content" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "llm_events" ADD COLUMN     "guardrails" TEXT[],
ADD COLUMN     "latency_ms" INTEGER;

-- CreateTable
CREATE TABLE "gateway_keys" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "integration_id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "key_id" VARCHAR(32) NOT NULL,
    "prefix" VARCHAR(40) NOT NULL,
    "secret_hash" VARCHAR(128) NOT NULL,
    "last4" VARCHAR(4) NOT NULL,
    "allowed_models" TEXT[],
    "rpm_limit" INTEGER,
    "tpm_limit" INTEGER,
    "daily_budget_usd" DECIMAL(12,4),
    "monthly_budget_usd" DECIMAL(12,4),
    "created_by_id" UUID,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gateway_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gateway_app_settings" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "rpm_limit" INTEGER,
    "tpm_limit" INTEGER,
    "daily_budget_usd" DECIMAL(12,4),
    "monthly_budget_usd" DECIMAL(12,4),
    "max_input_tokens" INTEGER,
    "max_output_tokens" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "gateway_app_settings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "gateway_keys_key_id_key" ON "gateway_keys"("key_id");

-- CreateIndex
CREATE INDEX "gateway_keys_org_id_app_id_idx" ON "gateway_keys"("org_id", "app_id");

-- CreateIndex
CREATE INDEX "gateway_keys_integration_id_idx" ON "gateway_keys"("integration_id");

-- CreateIndex
CREATE UNIQUE INDEX "gateway_app_settings_app_id_key" ON "gateway_app_settings"("app_id");

-- CreateIndex
CREATE INDEX "gateway_app_settings_org_id_idx" ON "gateway_app_settings"("org_id");

-- AddForeignKey
ALTER TABLE "gateway_keys" ADD CONSTRAINT "gateway_keys_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_keys" ADD CONSTRAINT "gateway_keys_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_keys" ADD CONSTRAINT "gateway_keys_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_app_settings" ADD CONSTRAINT "gateway_app_settings_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_app_settings" ADD CONSTRAINT "gateway_app_settings_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant isolation, as for every table with an org_id (see 20261127031500_row_level_security).
ALTER TABLE gateway_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE gateway_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON gateway_keys USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()));
ALTER TABLE gateway_app_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE gateway_app_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON gateway_app_settings USING (org_id = (SELECT app_current_org_id())) WITH CHECK (org_id = (SELECT app_current_org_id()));
