"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/api-client";
import { usePostureMutations } from "@/lib/posture/hooks";

const linkButton = "inline-flex items-center justify-center gap-2 rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50";

/** Recompute (scans:run) and the CSV / PDF exports (reports:read), each shown only to roles that may use them. */
export function PostureActions({ canRecompute, canExport }: { canRecompute: boolean; canExport: boolean }) {
  const { recompute } = usePostureMutations();
  const [queued, setQueued] = useState(false);
  const status = recompute.isPending
    ? queued ? "Recompute queued; the scores refresh when it finishes…" : "Queueing a recompute…"
    : recompute.error ? `Could not queue a recompute: ${errorMessage(recompute.error)}`
    : recompute.data ? (recompute.data.landed ? "Recomputed: scores are up to date." : "Still queued; the scores refresh when the worker gets to it.")
    : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className={`text-sm ${recompute.error ? "text-red-700" : "text-slate-600"}`}>{status}</p>
      {canExport ? (
        <>
          <a href="/api/v1/posture/export.csv" download className={linkButton}>Export CSV</a>
          <a href="/api/v1/posture/report.pdf" target="_blank" rel="noopener" className={linkButton}>PDF report</a>
        </>
      ) : null}
      {canRecompute ? (
        <Button disabled={recompute.isPending} onClick={() => { setQueued(false); recompute.mutate({ onQueued: () => setQueued(true) }); }}>
          {recompute.isPending ? (queued ? "Queued…" : "Queueing…") : "Recompute now"}
        </Button>
      ) : null}
    </div>
  );
}
