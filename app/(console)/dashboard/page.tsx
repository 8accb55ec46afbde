import type { Metadata } from "next";
import Link from "next/link";
import { ActivityChart } from "@/components/dashboard/activity-chart";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/feedback";
import { getDashboardSummary } from "@/lib/dashboard/server/get-dashboard-summary";
import { withOrgScope } from "@/lib/server/db-scope";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Dashboard" };

function Stat({ label, value, href }: { label: string; value: number | string; href?: string }) {
  const body = (
    <div className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{value}</p>
    </div>
  );
  return href ? <Link href={href} className="block rounded-lg hover:ring-2 hover:ring-brand-100">{body}</Link> : body;
}

export default async function DashboardPage() {
  const principal = await requirePageScope("dashboard:read");
  const orgId = principal.org!.id;
  const summary = await withOrgScope(orgId, () => getDashboardSummary({ orgId }));
  const canSeeSettings = principal.scopes.has("members:read");
  return (
    <>
      <PageHeader title={principal.org!.name} description="Security posture of the LLM applications in this organization." />
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label="Members" value={summary.members} href={canSeeSettings ? "/settings/members" : undefined} />
        <Stat label="Active API keys" value={summary.activeKeys} href={principal.scopes.has("api-keys:read") ? "/settings/api-keys" : undefined} />
        <Stat label="Audited changes (14 days)" value={summary.changesLast14Days} href={principal.scopes.has("audit:read") ? "/settings/audit" : undefined} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card title="Activity" description="Audited actions per day" className="lg:col-span-2">
          <ActivityChart data={summary.activity} />
        </Card>
        <Card title="Posture score">
          <EmptyState title="No posture data yet">Scores against LLMSecOps controls appear here once apps are registered and evaluated.</EmptyState>
        </Card>
      </div>
    </>
  );
}
