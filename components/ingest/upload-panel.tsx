"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/feedback";
import { useUploads } from "@/lib/ingest/hooks";
import { isAcceptedFileName } from "@/lib/ingest/upload-client";
import { UploadDropzone } from "./upload-dropzone";
import { UploadRow } from "./upload-row";
import { SourceSelect, type SourceChoice } from "./upload-sources";

/** Upload log files: each is sent with its own progress, then followed while the worker processes it. */
export function UploadPanel() {
  const [source, setSource] = useState<SourceChoice>("auto");
  const [skipped, setSkipped] = useState<string[]>([]);
  const { items, start, cancel, dismiss } = useUploads();

  function onFiles(files: File[]) {
    const accepted = files.filter((f) => isAcceptedFileName(f.name));
    setSkipped(files.filter((f) => !isAcceptedFileName(f.name)).map((f) => f.name));
    if (accepted.length) start(accepted, source);
  }

  return (
    <Card title="Upload logs" description="Provider request logs, usage exports and cloud audit logs. Every line is accounted for: stored, duplicate or rejected with a reason.">
      <div className="space-y-4">
        <SourceSelect value={source} onChange={setSource} />
        <UploadDropzone onFiles={onFiles} />
        {skipped.length ? (
          <ErrorNotice>Not uploaded (only .jsonl, .ndjson, .json, .log and .gz files are accepted): {skipped.join(", ")}</ErrorNotice>
        ) : null}
        {items.length ? (
          <ul aria-label="Uploads" className="divide-y divide-slate-100">
            {items.map((item) => <UploadRow key={item.key} item={item} onCancel={() => cancel(item.key)} onDismiss={() => dismiss(item.key)} />)}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
