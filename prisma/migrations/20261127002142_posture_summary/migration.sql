-- CreateTable
CREATE TABLE "posture_summaries" (
    "org_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "generated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "posture_summaries_pkey" PRIMARY KEY ("org_id")
);

-- AddForeignKey
ALTER TABLE "posture_summaries" ADD CONSTRAINT "posture_summaries_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
