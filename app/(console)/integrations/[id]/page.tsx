import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntegrationDetail } from "@/components/integrations/integration-detail";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Integration" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function IntegrationPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePageScope("integrations:read");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  return <IntegrationDetail id={id} canManage={principal.scopes.has("integrations:manage")} />;
}
