import type { Metadata } from "next";
import { IntegrationsPanel } from "@/components/integrations/integrations-panel";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const principal = await requirePageScope("integrations:read");
  return (
    <>
      <PageHeader
        title="Integrations"
        description="OAuth data-source connections, cloud accounts, LLM provider keys and service accounts. Secrets are encrypted and never shown again after you save them."
      />
      <IntegrationsPanel canManage={principal.scopes.has("integrations:manage")} />
    </>
  );
}
