"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useIngestFile } from "@/lib/ingest/hooks";
import { isFileActive } from "@/lib/ingest/upload-client";
import { FileFacts } from "./file-facts";
import { FileStatusBadge } from "./file-status-badge";
import { LedgerCard } from "./ledger-card";
import { QuarantineTable } from "./quarantine-table";

const back = <Link href="/ingestion" className="text-sm font-medium text-brand-700 hover:underline">← All files</Link>;

/** One ingested file: its facts, its ledger (followed live while processing) and its quarantine. */
export function FileDetail({ id }: { id: string }) {
  const detail = useIngestFile(id);

  if (detail.isPending) return <Skeleton rows={6} />;
  if (!detail.data) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return <ErrorNotice>{missing ? "This file does not exist in this organization." : `Could not load the file: ${errorMessage(detail.error)}`} <Link href="/ingestion" className="underline">Back to files</Link></ErrorNotice>;
  }
  const file = detail.data;

  return (
    <div className="space-y-6">
      {back}
      <Card title={<span className="flex flex-wrap items-center gap-2 break-all">{file.fileName} <FileStatusBadge status={file.status} /></span>}>
        <div className="space-y-4">
          {file.status === "FAILED" ? <ErrorNotice>The worker could not process this file{file.error ? `: ${file.error}` : "."}</ErrorNotice> : null}
          {detail.isRefetchError ? <ErrorNotice>Could not refresh the file: {errorMessage(detail.error)}</ErrorNotice> : null}
          <FileFacts file={file} />
        </div>
      </Card>
      <LedgerCard file={file} />
      <QuarantineTable fileId={file.id} ready={!isFileActive(file)} />
    </div>
  );
}
