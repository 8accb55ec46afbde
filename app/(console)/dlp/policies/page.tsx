import type { Metadata } from "next";
import { PoliciesPanel } from "@/components/dlp/policies-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "DLP policies" };

export default async function DlpPoliciesPage() {
  const principal = await requirePageScope("dlp:read");
  return <PoliciesPanel canConfigure={principal.scopes.has("dlp:configure")} />;
}
