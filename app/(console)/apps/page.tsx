import type { Metadata } from "next";
import { AppsList } from "@/components/apps/apps-list";
import { ButtonLink } from "@/components/apps/button-link";
import { PageHeader } from "@/components/ui/card";
import { listStateFromParams } from "@/lib/apps/list-url";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Apps" };

export default async function AppsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePageScope("apps:read");
  const canManage = principal.scopes.has("apps:manage");
  return (
    <>
      <PageHeader
        title="Apps"
        description="Inventory of your LLM applications: owners, exposure, the models they call and the data that flows through them."
        actions={canManage ? <ButtonLink href="/apps/new">Register app</ButtonLink> : null}
      />
      <AppsList initialState={listStateFromParams(await searchParams)} canManage={canManage} />
    </>
  );
}
