"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useIngestFile, type UploadItem } from "@/lib/ingest/hooks";
import { formatBytes, processingPercent } from "@/lib/ingest/upload-client";
import { LedgerSummary } from "./ledger-summary";

type Phase = { percent: number; text: string; finished: boolean };

function phaseOf(item: UploadItem, file: ReturnType<typeof useIngestFile>["data"]): Phase {
  if (item.phase === "uploading") {
    const percent = item.size ? Math.min(100, Math.floor((item.sent / item.size) * 100)) : 0;
    return { percent, text: `Uploading: ${formatBytes(item.sent)} of ${formatBytes(item.size)}`, finished: false };
  }
  if (item.phase === "error") return { percent: 0, text: "Upload failed", finished: true };
  if (!file || file.status === "STORED") return { percent: 0, text: "Uploaded; waiting for the worker…", finished: false };
  if (file.status === "PROCESSING") return { percent: processingPercent(file), text: `Processing: ${formatBytes(file.bytesRead)} of ${formatBytes(file.sizeBytes)} read, ${file.lines.toLocaleString()} lines so far`, finished: false };
  return { percent: 100, text: file.status === "DONE" ? "Processed" : "Processing failed", finished: true };
}

/** One file of this page's uploads: bytes sent, then the worker's progress, then the file's ledger. */
export function UploadRow({ item, onCancel, onDismiss }: { item: UploadItem; onCancel: () => void; onDismiss: () => void }) {
  const tracked = useIngestFile(item.fileId);
  const file = tracked.data;
  const phase = phaseOf(item, file);
  const barTone = item.phase === "error" || file?.status === "FAILED" ? "bg-red-500" : phase.finished ? "bg-emerald-500" : "bg-brand-600";

  return (
    <li className="space-y-2 py-3" aria-label={`Upload of ${item.name}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <span className="break-all font-medium text-slate-900">{item.name}</span>
          <span className="ml-2 text-xs text-slate-500">{formatBytes(item.size)}</span>
        </div>
        <div className="flex items-center gap-2">
          {item.fileId ? <Link href={`/ingestion/files/${item.fileId}`} className="text-sm font-medium text-brand-700 hover:underline">View file<span className="sr-only"> {item.name}</span></Link> : null}
          {item.phase === "uploading" ? <Button variant="ghost" onClick={onCancel}>Cancel<span className="sr-only"> upload of {item.name}</span></Button> : null}
          {phase.finished ? <Button variant="ghost" onClick={onDismiss}>Dismiss<span className="sr-only"> {item.name}</span></Button> : null}
        </div>
      </div>
      <div
        role="progressbar" aria-label={`Progress of ${item.name}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={phase.percent}
        aria-valuetext={`${phase.text} (${phase.percent}%)`} className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full transition-all ${barTone}`} style={{ width: `${phase.percent}%` }} />
      </div>
      <p role="status" className="text-xs text-slate-600">{phase.text}{phase.finished ? "" : ` (${phase.percent}%)`}</p>
      {item.error ? <ErrorNotice>{item.error}</ErrorNotice> : null}
      {tracked.error ? <ErrorNotice>Could not follow the processing: {errorMessage(tracked.error)}</ErrorNotice> : null}
      {file?.status === "FAILED" ? <ErrorNotice>The worker could not process this file{file.error ? `: ${file.error}` : "."}</ErrorNotice> : null}
      {file && (file.status === "DONE" || file.status === "FAILED") ? <LedgerSummary ledger={file} /> : null}
    </li>
  );
}
