import type { Metadata } from "next";
import { ConnectorsPanel } from "@/components/connectors/connectors-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Connectors" };

export default async function ConnectorsPage() {
  const principal = await requirePageScope("ingestion:read");
  return <ConnectorsPanel canPull={principal.scopes.has("ingestion:write")} />;
}
