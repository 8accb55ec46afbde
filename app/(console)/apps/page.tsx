import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Apps" };

export default async function Page() {
  await requirePageScope("apps:read");
  return (
    <ComingSoon
      title="Apps"
      description="Inventory of your LLM applications: owners, exposure, models and the data that flows through them."
      what="Registering apps, their model usages and data stores arrives with the inventory release."
    />
  );
}
