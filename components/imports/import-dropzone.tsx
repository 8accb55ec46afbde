"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { IMPORT_EXTENSIONS } from "@/lib/imports/upload-client";

/** A drop target with a file picker beside it; disabled until an app is chosen. */
export function ImportDropzone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length && !disabled) onFiles(files);
  }

  return (
    <div
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = disabled ? "none" : "copy"; setOver(!disabled); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="import-dropzone"
      className={`flex flex-col items-center justify-center gap-3 rounded-lg border-2 border-dashed px-6 py-10 text-center transition ${over ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50"} ${disabled ? "opacity-60" : ""}`}
    >
      <p className="text-sm font-medium text-slate-800">Drop scan results here</p>
      <p id={hintId} className="text-xs text-slate-500">
        SARIF 2.1.0 ({IMPORT_EXTENSIONS.join(", ")}) from any SAST tool, or CycloneDX 1.4–1.7 JSON with vulnerabilities; up to 50 MiB each, several at once.
      </p>
      <input
        ref={input} type="file" multiple accept={IMPORT_EXTENSIONS.join(",")} className="sr-only" tabIndex={-1} disabled={disabled}
        aria-label="Scan files to import" aria-describedby={hintId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      <Button variant="secondary" disabled={disabled} onClick={() => input.current?.click()} aria-describedby={hintId}>Choose files…</Button>
    </div>
  );
}
