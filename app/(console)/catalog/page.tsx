import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Data catalog" };

export default async function Page() {
  await requirePageScope("catalog:read");
  return (
    <ComingSoon
      title="Data catalog"
      description="Data sources and datasets with their classification, and which apps and model providers can reach them."
      what="Datasets, classifications and the reachability view arrive with the inventory release."
    />
  );
}
