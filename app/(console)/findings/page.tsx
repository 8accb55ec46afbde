import type { Metadata } from "next";
import Link from "next/link";
import { FindingsExplorer } from "@/components/findings/findings-explorer";
import { PageHeader } from "@/components/ui/card";
import { listStateFromParams } from "@/lib/findings/list-url";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Findings" };

export default async function FindingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePageScope("findings:read");
  const link = "text-sm font-medium text-brand-700 hover:underline";
  return (
    <>
      <PageHeader
        title="Findings"
        description="Every detection in one triage workflow: DLP, SAST/SCA imports, correlation detections and manual findings."
        actions={
          <div className="flex gap-4">
            <Link href="/findings/imports" className={link}>Imports</Link>
            <Link href="/findings/detections" className={link}>Detections</Link>
            {principal.scopes.has("settings:manage") ? <Link href="/findings/sla" className={link}>SLA settings</Link> : null}
          </div>
        }
      />
      <FindingsExplorer initialState={listStateFromParams(await searchParams)} canTriage={principal.scopes.has("findings:triage")} />
    </>
  );
}
