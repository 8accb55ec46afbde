"use client";

import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import type { ImportItem } from "@/lib/imports/hooks";
import { formatBytes } from "@/lib/ingest/upload-client";
import { ImportLedger } from "./import-ledger";

type Phase = { percent: number; text: string; finished: boolean };

function phaseOf(item: ImportItem): Phase {
  const percent = item.size ? Math.min(100, Math.floor((item.sent / item.size) * 100)) : 0;
  switch (item.phase) {
    case "queued":
      return { percent: 0, text: "Waiting for the previous file…", finished: false };
    case "uploading":
      return { percent, text: `Uploading: ${formatBytes(item.sent)} of ${formatBytes(item.size)}`, finished: false };
    case "importing":
      return { percent: 100, text: "Uploaded; importing findings…", finished: false };
    case "done":
      return { percent: 100, text: `Imported into ${item.appName}`, finished: true };
    default:
      return { percent: 0, text: "Not imported", finished: true };
  }
}

/** One file of this page's imports: its progress, then the import's ledger or the reason it was refused. */
export function ImportUploadRow({ item, onCancel, onDismiss }: { item: ImportItem; onCancel: () => void; onDismiss: () => void }) {
  const phase = phaseOf(item);
  const tone = item.phase === "error" ? "bg-red-500" : phase.finished ? "bg-emerald-500" : "bg-brand-600";
  return (
    <li className="space-y-2 py-3" aria-label={`Import of ${item.name}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <span className="break-all font-medium text-slate-900">{item.name}</span>
          <span className="ml-2 text-xs text-slate-500">{formatBytes(item.size)}</span>
        </div>
        <div className="flex items-center gap-2">
          {item.result ? <a href={`#${item.result.id}`} className="text-sm font-medium text-brand-700 hover:underline">Show in recent imports<span className="sr-only"> ({item.name})</span></a> : null}
          {item.phase === "queued" || item.phase === "uploading" ? <Button variant="ghost" onClick={onCancel}>Cancel<span className="sr-only"> import of {item.name}</span></Button> : null}
          {phase.finished ? <Button variant="ghost" onClick={onDismiss}>Dismiss<span className="sr-only"> {item.name}</span></Button> : null}
        </div>
      </div>
      <div
        role="progressbar" aria-label={`Progress of ${item.name}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={phase.percent}
        aria-valuetext={`${phase.text} (${phase.percent}%)`} className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full transition-all ${tone} ${item.phase === "importing" ? "animate-pulse" : ""}`} style={{ width: `${phase.percent}%` }} />
      </div>
      <p role="status" className="text-xs text-slate-600">{phase.text}</p>
      {item.error ? <ErrorNotice>{item.error}</ErrorNotice> : null}
      {item.result ? (
        <>
          <ImportLedger run={item.result} label={`Import result of ${item.name}`} />
          {item.result.reopened ? <p className="text-xs text-slate-600">{item.result.reopened.toLocaleString()} resolved findings reported again were reopened.</p> : null}
          {item.result.warnings.length ? (
            <ul aria-label={`Warnings for ${item.name}`} className="list-disc space-y-0.5 pl-5 text-xs text-amber-800">
              {item.result.warnings.map((w) => <li key={w}>{w}</li>)}
            </ul>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
