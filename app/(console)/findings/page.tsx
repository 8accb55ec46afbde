import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Findings" };

export default async function Page() {
  await requirePageScope("findings:read");
  return (
    <ComingSoon
      title="Findings"
      description="Every detection in one triage workflow."
      what="DLP detections, SAST/SCA imports and log correlations will be triaged here."
    />
  );
}
