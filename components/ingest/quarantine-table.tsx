"use client";

import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useRejections } from "@/lib/ingest/hooks";
import { formatBytes } from "@/lib/ingest/upload-client";
import { ReasonCode, reasonExplanation } from "./ledger-reasons";

const PREVIEW_CHARS = 80;

/** The first bytes of a rejected record: one line in the table, the whole kept prefix when opened. */
function RawPreview({ text, bytes }: { text: string; bytes: number }) {
  const oneLine = text.replace(/\s+/g, " ");
  if (oneLine.length <= PREVIEW_CHARS && !text.includes("\n")) return <code className="break-all font-mono text-xs text-slate-800">{text || <span className="text-slate-400">(empty)</span>}</code>;
  return (
    <details className="group">
      <summary className="cursor-pointer list-inside font-mono text-xs text-slate-800">
        {oneLine.slice(0, PREVIEW_CHARS)}…<span className="sr-only"> Show the whole preview</span>
      </summary>
      <pre className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs text-slate-800 ring-1 ring-slate-200">{text}</pre>
      <p className="mt-1 text-xs text-slate-500">{formatBytes(bytes)} kept of the record.</p>
    </details>
  );
}

/** Records that were not stored, in file order, with why and what they looked like. */
export function QuarantineTable({ fileId, ready }: { fileId: string; ready: boolean }) {
  const quarantine = useRejections(fileId, ready);

  return (
    <Card title="Quarantine" description="Rejected records with their line in the file; only the first bytes of each are kept.">
      {!ready ? <p className="text-sm text-slate-500">Shown when the worker has finished the file.</p> : quarantine.isPending ? <Skeleton rows={3} /> : quarantine.error ? (
        <ErrorNotice>Could not load the quarantine: {errorMessage(quarantine.error)}</ErrorNotice>
      ) : quarantine.data.rejections.length === 0 ? (
        <EmptyState title="Nothing quarantined">Every line of this file was stored or was a duplicate.</EmptyState>
      ) : (
        <div className="space-y-3">
          {quarantine.data.total > quarantine.data.rejections.length ? (
            <p className="text-sm text-slate-600">Showing the first {quarantine.data.rejections.length.toLocaleString()} of {quarantine.data.total.toLocaleString()} rejected records.</p>
          ) : null}
          <Table label="Quarantined records">
            <thead>
              <tr>
                <Th className="text-right">Line</Th>
                <Th className="text-right"><abbr title="Position of the record within its line (documents such as CloudTrail {&quot;Records&quot;: […]} hold many)" className="no-underline">Record</abbr></Th>
                <Th>Reason</Th><Th>Detail</Th><Th>Raw preview</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {quarantine.data.rejections.map((r) => (
                <tr key={`${r.lineNumber}:${r.recordIndex}`}>
                  <Td className="text-right tabular-nums">{r.lineNumber.toLocaleString()}</Td>
                  <Td className="text-right tabular-nums">{r.recordIndex.toLocaleString()}</Td>
                  <Td><span title={reasonExplanation(r.reason)}><ReasonCode code={r.reason} /></span></Td>
                  <Td className="max-w-xs text-slate-600">{r.detail ?? <span className="text-slate-400">—</span>}</Td>
                  <Td className="max-w-xl"><RawPreview text={r.rawPreview} bytes={r.rawBytes} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
