import type { Metadata } from "next";
import { DataSourcesPanel } from "@/components/catalog/data-sources-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Data sources" };

export default async function DataSourcesPage() {
  const principal = await requirePageScope("catalog:read");
  return <DataSourcesPanel canManage={principal.scopes.has("catalog:manage")} />;
}
