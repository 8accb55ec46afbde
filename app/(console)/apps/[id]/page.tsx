import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppDetail } from "@/components/apps/app-detail";
import { ZId } from "@/lib/api/common";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "App" };

export default async function AppPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requirePageScope("apps:read");
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  return <AppDetail id={id} canManage={principal.scopes.has("apps:manage")} />;
}
