import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FileTable } from "@/components/ingest/file-table";
import { UploadPanel } from "@/components/ingest/upload-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Ingestion" };

export default async function IngestionUploadsPage() {
  const principal = await requirePageScope("reports:read");
  if (!principal.scopes.has("ingestion:read")) redirect("/ingestion/usage"); // managers see usage and prices only
  return (
    <div className="space-y-6">
      {principal.scopes.has("ingestion:write") ? <UploadPanel /> : null}
      <FileTable />
    </div>
  );
}
