"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice, ProgressBar } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useAuditExport, useStartAuditExport } from "@/lib/audit/hooks";
import type { TAuditFilters } from "@/lib/audit/schemas";

export function AuditExportButton({ filters }: { filters: TAuditFilters }) {
  const start = useStartAuditExport();
  const [exportId, setExportId] = useState<string | null>(null);
  const job = useAuditExport(exportId);
  const status = job.data?.status;
  const running = exportId !== null && (status === undefined || status === "QUEUED" || status === "RUNNING");
  return (
    <div className="flex min-w-64 flex-col items-end gap-2">
      <Button variant="secondary" disabled={start.isPending || running} onClick={() => void start.mutateAsync(filters).then((e) => setExportId(e.id)).catch(() => null)}>
        Export CSV
      </Button>
      {running ? <div className="w-64"><ProgressBar value={job.data?.progress ?? 0} label={status === "RUNNING" ? "Exporting…" : "Queued…"} /></div> : null}
      {status === "SUCCEEDED" ? (
        <a className="text-sm font-medium text-brand-700 hover:underline" href={`/api/v1/audit-exports/${exportId}/download`}>
          Download CSV ({job.data?.rowCount} rows)
        </a>
      ) : null}
      {status === "FAILED" ? <ErrorNotice>{job.data?.error ?? "The export failed"}</ErrorNotice> : null}
      {start.error ? <ErrorNotice>{errorMessage(start.error)}</ErrorNotice> : null}
    </div>
  );
}
