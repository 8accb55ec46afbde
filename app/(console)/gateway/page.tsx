import type { Metadata } from "next";
import { AppLimitsSection } from "@/components/gateway/app-limits-section";
import { KeysSection } from "@/components/gateway/keys-section";
import { OrgSettingsSection } from "@/components/gateway/org-settings-section";
import { windowOf } from "@/components/gateway/usage-data";
import { UsageSection } from "@/components/gateway/usage-section";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "AI gateway" };

export default async function GatewayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePageScope("gateway:read");
  const canManage = principal.scopes.has("gateway:manage");
  const { days, app } = await searchParams;
  return (
    <>
      <PageHeader
        title="AI gateway"
        description="A proxy in front of OpenAI and Anthropic: apps call it with a virtual key, and every prompt and response is checked with the app's DLP policy, held to its limits and budgets, and metered."
      />
      <div className="space-y-6">
        <UsageSection initialDays={windowOf(typeof days === "string" ? days : undefined)} initialAppId={typeof app === "string" && /^[0-9a-f-]{36}$/i.test(app) ? app : undefined} />
        <KeysSection canManage={canManage} />
        <AppLimitsSection canManage={canManage} />
        <OrgSettingsSection canManage={canManage} />
      </div>
    </>
  );
}
