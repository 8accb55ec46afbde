import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FileDetail } from "@/components/ingest/file-detail";
import { ZId } from "@/lib/api/common";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Ingested file" };

export default async function IngestFilePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageScope("ingestion:read");
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  return <FileDetail id={id} />;
}
