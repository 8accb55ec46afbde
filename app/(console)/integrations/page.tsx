import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Integrations" };

export default async function Page() {
  await requirePageScope("integrations:read");
  return (
    <ComingSoon
      title="Integrations"
      description="OAuth data-source connections, cloud accounts, LLM provider keys and service accounts, with secret rotation."
      what="Connecting OAuth sources and storing provider keys (encrypted, with rotation policies) arrives with the inventory release."
    />
  );
}
