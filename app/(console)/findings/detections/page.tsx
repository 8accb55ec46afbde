import type { Metadata } from "next";
import { DetectionsPanel } from "@/components/correlation/detections-panel";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Correlation detections" };

export default async function DetectionsPage() {
  await requirePageScope("findings:read");
  return (
    <>
      <PageHeader
        title="Correlation detections"
        description="Scheduled rules that join LLM calls, cloud audit logs, the data catalog and integration secrets. Each finding links the events that triggered it."
      />
      <DetectionsPanel />
    </>
  );
}
