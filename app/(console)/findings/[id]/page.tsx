import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FindingDetail } from "@/components/findings/finding-detail";
import { ZId } from "@/lib/api/common";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Finding" };

export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePageScope("findings:read");
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  return <FindingDetail id={id} canTriage={principal.scopes.has("findings:triage")} />;
}
