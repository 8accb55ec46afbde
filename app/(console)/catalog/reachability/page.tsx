import type { Metadata } from "next";
import { ReachabilityPanel } from "@/components/catalog/reachability-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Data reachability" };

export default async function ReachabilityPage() {
  await requirePageScope("catalog:read");
  return <ReachabilityPanel />;
}
