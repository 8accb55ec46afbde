import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DatasetDetail } from "@/components/catalog/dataset-detail";
import { ZId } from "@/lib/api/common";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Dataset" };

export default async function DatasetPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePageScope("catalog:read");
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  return <DatasetDetail datasetId={id} canManage={principal.scopes.has("catalog:manage")} />;
}
