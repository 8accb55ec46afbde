import type { Metadata } from "next";
import { SystemPanel } from "@/components/settings/system-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "System" };

export default async function SystemPage() {
  await requirePageScope("system:read");
  return <SystemPanel />;
}
