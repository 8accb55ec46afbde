import type { Metadata } from "next";
import Link from "next/link";
import { RotationPanel } from "@/components/integrations/rotation-panel";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Secret rotation" };

export default async function RotationPage() {
  await requirePageScope("integrations:read");
  return (
    <>
      <Link href="/integrations" className="text-sm font-medium text-brand-700 hover:underline">← All integrations</Link>
      <PageHeader title="Secret rotation" description="Overdue secrets first (red), then those due within 14 days (amber). Rotate them from the integration's page." />
      <RotationPanel />
    </>
  );
}
