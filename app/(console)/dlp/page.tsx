import type { Metadata } from "next";
import { DetectorsPanel } from "@/components/dlp/detectors-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "DLP detectors" };

export default async function DlpDetectorsPage() {
  await requirePageScope("dlp:read");
  return <DetectorsPanel />;
}
