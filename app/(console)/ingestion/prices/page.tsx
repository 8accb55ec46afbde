import type { Metadata } from "next";
import { ModelPricesPanel } from "@/components/pricing/model-prices-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Model prices" };

export default async function ModelPricesPage() {
  const principal = await requirePageScope("reports:read");
  return <ModelPricesPanel canManage={principal.scopes.has("settings:manage")} />;
}
