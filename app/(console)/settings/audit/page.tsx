import type { Metadata } from "next";
import { AuditLogPanel } from "@/components/settings/audit-log-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const principal = await requirePageScope("audit:read");
  return <AuditLogPanel canExport={principal.scopes.has("audit:export")} />;
}
