-- CreateEnum
CREATE TYPE "ControlStatus" AS ENUM ('PASS', 'FAIL', 'NOT_APPLICABLE', 'NEEDS_ATTESTATION');

-- CreateTable
CREATE TABLE "posture_evaluations" (
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "control_id" VARCHAR(40) NOT NULL,
    "status" "ControlStatus" NOT NULL,
    "evidence" VARCHAR(1000) NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "evaluated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "posture_evaluations_pkey" PRIMARY KEY ("app_id","control_id")
);

-- CreateTable
CREATE TABLE "posture_app_scores" (
    "app_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "score" DOUBLE PRECISION,
    "family_scores" JSONB NOT NULL,
    "failing" TEXT[],
    "needs_attestation" INTEGER NOT NULL,
    "catalog_version" VARCHAR(20) NOT NULL,
    "evaluated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "posture_app_scores_pkey" PRIMARY KEY ("app_id")
);

-- CreateTable
CREATE TABLE "posture_attestations" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "control_id" VARCHAR(40) NOT NULL,
    "status" "ControlStatus" NOT NULL,
    "evidence" VARCHAR(2000) NOT NULL,
    "evidence_url" VARCHAR(1000),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "attested_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posture_attestations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posture_snapshots" (
    "org_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "org_score" DOUBLE PRECISION,
    "family_scores" JSONB NOT NULL,
    "status_counts" JSONB NOT NULL,
    "active_findings" JSONB NOT NULL,
    "overdue_findings" INTEGER NOT NULL,
    "apps" INTEGER NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "posture_snapshots_pkey" PRIMARY KEY ("org_id","day")
);

-- CreateTable
CREATE TABLE "posture_app_snapshots" (
    "org_id" UUID NOT NULL,
    "app_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "score" DOUBLE PRECISION,
    "failing" INTEGER NOT NULL,

    CONSTRAINT "posture_app_snapshots_pkey" PRIMARY KEY ("app_id","day")
);

-- CreateTable
CREATE TABLE "posture_runs" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "trigger" VARCHAR(20) NOT NULL,
    "apps" INTEGER NOT NULL,
    "evaluations" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "findings_opened" INTEGER NOT NULL,
    "findings_resolved" INTEGER NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "posture_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "posture_evaluations_org_id_control_id_status_idx" ON "posture_evaluations"("org_id", "control_id", "status");

-- CreateIndex
CREATE INDEX "posture_app_scores_org_id_idx" ON "posture_app_scores"("org_id");

-- CreateIndex
CREATE INDEX "posture_attestations_org_id_idx" ON "posture_attestations"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "posture_attestations_app_id_control_id_key" ON "posture_attestations"("app_id", "control_id");

-- CreateIndex
CREATE INDEX "posture_app_snapshots_org_id_day_idx" ON "posture_app_snapshots"("org_id", "day");

-- CreateIndex
CREATE INDEX "posture_runs_org_id_started_at_idx" ON "posture_runs"("org_id", "started_at");

-- AddForeignKey
ALTER TABLE "posture_evaluations" ADD CONSTRAINT "posture_evaluations_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_app_scores" ADD CONSTRAINT "posture_app_scores_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_attestations" ADD CONSTRAINT "posture_attestations_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_attestations" ADD CONSTRAINT "posture_attestations_attested_by_id_fkey" FOREIGN KEY ("attested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_snapshots" ADD CONSTRAINT "posture_snapshots_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_app_snapshots" ADD CONSTRAINT "posture_app_snapshots_app_id_fkey" FOREIGN KEY ("app_id") REFERENCES "llm_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_runs" ADD CONSTRAINT "posture_runs_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
