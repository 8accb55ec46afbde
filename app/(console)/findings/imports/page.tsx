import type { Metadata } from "next";
import { ImportsWorkspace } from "@/components/imports/imports-workspace";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Imports · Findings" };

export default async function FindingsImportsPage() {
  const principal = await requirePageScope("findings:read");
  return (
    <>
      <PageHeader
        title="SAST/SCA imports"
        description="Static analysis (SARIF 2.1.0 from any tool) and dependency scan (CycloneDX with vulnerabilities) results, attached to an app and triaged with every other finding."
      />
      <ImportsWorkspace canImport={principal.scopes.has("scans:run")} />
    </>
  );
}
