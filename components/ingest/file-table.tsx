"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { SelectField } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useIngestFiles, type IngestStatus } from "@/lib/ingest/hooks";
import type { TIngestFileDto } from "@/lib/ingest/schemas";
import { formatBytes } from "@/lib/ingest/upload-client";
import { FileSource, formatWhen, VIA_LABELS } from "./file-format";
import { FILE_STATUS_TEXT, FileStatusBadge } from "./file-status-badge";

const STATUSES = Object.keys(FILE_STATUS_TEXT) as IngestStatus[];
const isStatus = (v: string): v is IngestStatus => (STATUSES as string[]).includes(v);

function LedgerCells({ file }: { file: TIngestFileDto }) {
  const pending = file.status === "STORED";
  const n = (v: number) => (pending ? <span className="text-slate-400">—</span> : v.toLocaleString());
  return (
    <>
      <Td className="text-right tabular-nums">{n(file.lines)}</Td>
      <Td className="text-right tabular-nums text-emerald-700">{n(file.stored)}</Td>
      <Td className="text-right tabular-nums text-slate-500">{n(file.duplicates)}</Td>
      <Td className={`text-right tabular-nums ${file.rejected ? "text-red-700" : "text-slate-500"}`}>{n(file.rejected)}</Td>
    </>
  );
}

/** Every ingested file of the organization, newest first; refreshes itself while any of them is being processed. */
export function FileTable() {
  const [status, setStatus] = useState<IngestStatus | null>(null);
  const files = useIngestFiles(status);
  const rows = files.data?.pages.flatMap((p) => p.files) ?? [];

  const filter = (
    <SelectField label="Status" value={status ?? ""} onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : null)} className="w-44">
      <option value="">All statuses</option>
      {STATUSES.map((s) => <option key={s} value={s}>{FILE_STATUS_TEXT[s].label}</option>)}
    </SelectField>
  );

  return (
    <Card title="Ingested files" description="Uploads, API pushes, CLI sends and pulls, with their ledgers: lines = stored + duplicates + rejected." actions={filter}>
      {files.isPending ? <Skeleton rows={4} /> : !files.data ? (
        <ErrorNotice>Could not load the files: {errorMessage(files.error)}</ErrorNotice>
      ) : rows.length === 0 ? (
        <EmptyState title={status ? `No ${FILE_STATUS_TEXT[status].label.toLowerCase()} files` : "No files ingested yet"}>
          {status ? "Choose another status to see more." : "Upload a log file above, push records to the API or send them with the CLI."}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <Table label="Ingested files">
            <thead>
              <tr>
                <Th>File</Th><Th>Source</Th><Th>Via</Th><Th className="text-right">Size</Th><Th>Status</Th>
                <Th className="text-right">Lines</Th><Th className="text-right">Stored</Th><Th className="text-right">Duplicates</Th><Th className="text-right">Rejected</Th>
                <Th>Received</Th><Th>Finished</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((f) => (
                <tr key={f.id} className="hover:bg-slate-50">
                  <Td className="max-w-xs"><Link href={`/ingestion/files/${f.id}`} className="break-all font-medium text-brand-700 hover:underline">{f.fileName}</Link></Td>
                  <Td><FileSource file={f} /></Td>
                  <Td>{VIA_LABELS[f.via]}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{formatBytes(f.sizeBytes)}</Td>
                  <Td><FileStatusBadge status={f.status} /></Td>
                  <LedgerCells file={f} />
                  <Td className="whitespace-nowrap text-slate-500">{formatWhen(f.createdAt)}</Td>
                  <Td className="whitespace-nowrap text-slate-500">{formatWhen(f.finishedAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {files.hasNextPage ? (
            <div className="flex justify-center">
              <Button variant="secondary" disabled={files.isFetchingNextPage} onClick={() => void files.fetchNextPage()}>
                {files.isFetchingNextPage ? "Loading…" : "Load more"}
              </Button>
            </div>
          ) : null}
          {files.isFetchNextPageError ? <ErrorNotice>Could not load more files: {errorMessage(files.error)}</ErrorNotice> : null}
          {files.isRefetchError ? <ErrorNotice>Could not refresh the files: {errorMessage(files.error)}</ErrorNotice> : null}
        </div>
      )}
    </Card>
  );
}
