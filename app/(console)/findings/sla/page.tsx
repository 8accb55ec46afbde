import type { Metadata } from "next";
import Link from "next/link";
import { SlaForm } from "@/components/findings/sla-form";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "SLA · Findings" };

export default async function SlaPage() {
  const principal = await requirePageScope("findings:read");
  return (
    <>
      <Link href="/findings" className="text-sm font-medium text-brand-700 hover:underline">← All findings</Link>
      <PageHeader title="Finding SLA" description="How long each severity may stay open before it is overdue. Overdue findings are flagged everywhere and can alert." />
      <SlaForm canManage={principal.scopes.has("settings:manage")} />
    </>
  );
}
