import type { Metadata } from "next";
import { FrameworksView } from "@/components/posture/frameworks-view";
import { PostureTabs } from "@/components/posture/posture-tabs";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Posture frameworks" };

export default async function PostureFrameworksPage() {
  await requirePageScope("posture:read");
  return (
    <>
      <PageHeader title="Frameworks" description="How the controls cover the OWASP Top 10 for LLM Applications 2025 and the NIST AI RMF functions, and how the apps stand on them." />
      <PostureTabs />
      <div className="mt-6"><FrameworksView /></div>
    </>
  );
}
