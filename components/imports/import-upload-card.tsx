"use client";

import { useState, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/feedback";
import { useImportUploads } from "@/lib/imports/hooks";
import { isImportFileName } from "@/lib/imports/upload-client";
import { ImportDropzone } from "./import-dropzone";
import { ImportUploadRow } from "./import-upload-row";

/** Upload scan results into the chosen app's findings, one file after the other, each with its own ledger. */
export function ImportUploadCard({ app, picker }: { app: { id: string; name: string } | null; picker: ReactNode }) {
  const [refused, setRefused] = useState<string[]>([]);
  const { items, start, cancel, dismiss } = useImportUploads();

  function onFiles(files: File[]) {
    if (!app) return;
    setRefused(files.filter((f) => !isImportFileName(f.name)).map((f) => f.name));
    const accepted = files.filter((f) => isImportFileName(f.name));
    if (accepted.length) void start(accepted, app);
  }

  return (
    <Card
      title="Import scan results"
      description="Findings are deduplicated by fingerprint: a re-import creates nothing new, results the same tool no longer reports are resolved, and resolved ones that come back reopen."
    >
      <div className="space-y-4">
        {picker}
        <ImportDropzone onFiles={onFiles} disabled={!app} />
        {!app ? <p className="text-xs text-slate-500">Choose the app the scanned code or dependencies belong to first.</p> : null}
        {refused.length ? <ErrorNotice>Not imported (only .sarif and .json files are accepted): {refused.join(", ")}</ErrorNotice> : null}
        {items.length ? (
          <ul aria-label="Imports" className="divide-y divide-slate-100">
            {items.map((item) => <ImportUploadRow key={item.key} item={item} onCancel={() => cancel(item.key)} onDismiss={() => dismiss(item.key)} />)}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
