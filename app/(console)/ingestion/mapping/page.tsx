import type { Metadata } from "next";
import { MappingRulesPanel } from "@/components/ingest/mapping-rules-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "App mapping" };

export default async function MappingPage() {
  const principal = await requirePageScope("ingestion:read");
  return <MappingRulesPanel canManage={principal.scopes.has("apps:manage")} />;
}
