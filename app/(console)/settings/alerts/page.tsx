import type { Metadata } from "next";
import { AlertsPanel } from "@/components/alerts/alerts-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const principal = await requirePageScope("settings:read");
  return <AlertsPanel canManage={principal.scopes.has("settings:manage")} />;
}
