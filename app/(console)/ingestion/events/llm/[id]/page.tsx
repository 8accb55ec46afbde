import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LlmEventDetail } from "@/components/events/llm-event-detail";
import { ZId } from "@/lib/api/common";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "LLM call · Ingestion" };

export default async function LlmEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageScope("ingestion:read");
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  return <LlmEventDetail id={id} />;
}
