import { IngestionTabs } from "@/components/ingest/ingestion-tabs";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export default async function IngestionLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePageScope("reports:read");
  return (
    <>
      <PageHeader title="Ingestion" description="Provider and cloud logs: uploads and their ledgers, the events they produced, and what the models cost." />
      <IngestionTabs canReadIngestion={principal.scopes.has("ingestion:read")} />
      <div className="mt-6">{children}</div>
    </>
  );
}
