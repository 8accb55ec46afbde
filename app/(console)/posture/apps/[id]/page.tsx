import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppScorecard } from "@/components/posture/app-scorecard";
import { PostureTabs } from "@/components/posture/posture-tabs";
import { ZId } from "@/lib/api/common";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "App scorecard" };

export default async function AppScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePageScope("posture:read");
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  return (
    <>
      <PostureTabs />
      <div className="mt-6"><AppScorecard id={id} canAttest={principal.scopes.has("posture:attest")} /></div>
    </>
  );
}
