import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Ingestion" };

export default async function Page() {
  await requirePageScope("ingestion:read");
  return (
    <ComingSoon
      title="Ingestion"
      description="LLM-provider and cloud audit logs flowing into the console."
      what="Uploading and pulling provider and cloud logs arrives with the log ingestion release."
    />
  );
}
