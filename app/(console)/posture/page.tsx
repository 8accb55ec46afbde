import type { Metadata } from "next";
import { PostureActions } from "@/components/posture/posture-actions";
import { PostureDashboard } from "@/components/posture/posture-dashboard";
import { PostureTabs } from "@/components/posture/posture-tabs";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Posture" };

export default async function PosturePage() {
  const principal = await requirePageScope("posture:read");
  return (
    <>
      <PageHeader
        title="Posture"
        description="Every LLM app scored against the LLMSecOps controls, from the evidence in the console: inventory, integrations, datasets, traffic, findings and imports."
        actions={<PostureActions canRecompute={principal.scopes.has("scans:run")} canExport={principal.scopes.has("reports:read")} />}
      />
      <PostureTabs />
      <div className="mt-6"><PostureDashboard canRegisterApps={principal.scopes.has("apps:manage")} /></div>
    </>
  );
}
