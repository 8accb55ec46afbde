import type { Metadata } from "next";
import { DatasetsPanel } from "@/components/catalog/datasets-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Data catalog" };

export default async function CatalogPage() {
  const principal = await requirePageScope("catalog:read");
  return <DatasetsPanel canManage={principal.scopes.has("catalog:manage")} />;
}
