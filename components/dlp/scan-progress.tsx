import { ErrorNotice, ProgressBar } from "@/components/ui/feedback";
import type { TScanRunDto } from "@/lib/dlp/scan-schemas";
import { formatDateTime } from "./labels";

const percentOf = (scan: TScanRunDto) => (scan.status === "SUCCEEDED" ? 100 : scan.total ? Math.min(100, Math.floor((scan.scanned / scan.total) * 100)) : 0);

/** Where a dataset's DLP scan run is: queued, running (with progress), finished or failed. */
export function ScanProgress({ scan }: { scan: TScanRunDto }) {
  const status =
    scan.status === "QUEUED" ? "Queued: waiting for the worker…"
    : scan.status === "RUNNING" ? `Scanning: ${scan.scanned} of ${scan.total} samples, ${scan.findings} findings so far`
    : scan.status === "SUCCEEDED" ? `Scan finished ${formatDateTime(scan.finishedAt)}: ${scan.total} samples, ${scan.findings === 1 ? "1 finding" : `${scan.findings} findings`}`
    : `Scan failed ${formatDateTime(scan.finishedAt)} after ${scan.scanned} of ${scan.total} samples`;
  return (
    <div className="space-y-2">
      <ProgressBar value={percentOf(scan)} label="DLP scan progress" />
      <p role="status" className="text-sm text-slate-600" data-testid="dlp-scan-status">{status}</p>
      {scan.status === "FAILED" && scan.error ? <ErrorNotice>{scan.error}</ErrorNotice> : null}
    </div>
  );
}
