import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CloudEventDetail } from "@/components/events/cloud-event-detail";
import { ZId } from "@/lib/api/common";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Audit event · Ingestion" };

export default async function CloudEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageScope("ingestion:read");
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  return <CloudEventDetail id={id} />;
}
