import type { Metadata } from "next";
import { RulesPanel } from "@/components/dlp/rules-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "DLP custom rules" };

export default async function DlpRulesPage() {
  const principal = await requirePageScope("dlp:read");
  return <RulesPanel canConfigure={principal.scopes.has("dlp:configure")} />;
}
