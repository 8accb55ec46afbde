import type { Metadata } from "next";
import { ControlsCatalog } from "@/components/posture/controls-catalog";
import { PostureTabs } from "@/components/posture/posture-tabs";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Posture controls" };

export default async function PostureControlsPage() {
  await requirePageScope("posture:read");
  return (
    <>
      <PageHeader title="Controls" description="The LLMSecOps control catalog: what each control checks, why, how to fix it, and the frameworks it maps to." />
      <PostureTabs />
      <div className="mt-6"><ControlsCatalog /></div>
    </>
  );
}
