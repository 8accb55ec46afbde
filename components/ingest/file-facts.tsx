"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { TIngestFileDto } from "@/lib/ingest/schemas";
import { formatBytes } from "@/lib/ingest/upload-client";
import { FileSource, formatWhen, VIA_LABELS } from "./file-format";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

const shortHash = (sha256: string) => `${sha256.slice(0, 12)}…${sha256.slice(-6)}`;

function Sha256({ value }: { value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <code className="font-mono text-xs" title={value}>{shortHash(value)}</code>
      <Button variant="ghost" className="!px-2 !py-1 text-xs" onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}>
        {copied ? "Copied" : "Copy"}<span className="sr-only"> SHA-256</span>
      </Button>
      <span role="status" className="sr-only">{copied ? "SHA-256 copied" : ""}</span>
    </span>
  );
}

export function FileFacts({ file }: { file: TIngestFileDto }) {
  return (
    <dl className="grid gap-5 sm:grid-cols-3">
      <Fact label="File name"><span className="break-all">{file.fileName}</span></Fact>
      <Fact label="Source"><FileSource file={file} /></Fact>
      <Fact label="Received via">{VIA_LABELS[file.via]}</Fact>
      <Fact label="Size">{formatBytes(file.sizeBytes)} <span className="text-slate-500">({file.sizeBytes.toLocaleString()} bytes)</span></Fact>
      <Fact label="SHA-256"><Sha256 value={file.sha256} /></Fact>
      <Fact label="Received">{formatWhen(file.createdAt)}</Fact>
      <Fact label="Processing started">{formatWhen(file.startedAt, "Not yet")}</Fact>
      <Fact label="Finished">{formatWhen(file.finishedAt, "Not yet")}</Fact>
    </dl>
  );
}
