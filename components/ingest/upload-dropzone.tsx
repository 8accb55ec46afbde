"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { ACCEPTED_EXTENSIONS } from "@/lib/ingest/upload-client";

/** A drop target with a file picker beside it; both hand over every chosen file at once. */
export function UploadDropzone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) onFiles(files);
  }

  return (
    <div
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = "copy"; setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="upload-dropzone"
      className={`flex flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed px-6 py-10 text-center transition ${over ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50"}`}
    >
      <p className="text-sm font-medium text-slate-800">Drop log files here</p>
      <p id={hintId} className="text-xs text-slate-500">
        {ACCEPTED_EXTENSIONS.join(", ")}: NDJSON, JSON documents or either gzipped. Several files at once.
      </p>
      <input
        ref={input} type="file" multiple accept={ACCEPTED_EXTENSIONS.join(",")} className="sr-only" tabIndex={-1}
        aria-label="Log files to upload" aria-describedby={hintId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      <Button variant="secondary" onClick={() => input.current?.click()} aria-describedby={hintId}>Choose files…</Button>
    </div>
  );
}
