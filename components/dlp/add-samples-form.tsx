"use client";

import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useDatasetScanMutations } from "@/lib/dlp/hooks";
import { SAMPLE_MAX_CHARS } from "@/lib/dlp/scan-schemas";
import { ACCEPTED_FILES, batchSamples, readSampleFiles, type SampleInput } from "./sample-files";
import { TextAreaField } from "./text-area-field";

/** Paste one sample, or pick .txt / .jsonl files (one sample each); files are read here, in the browser. */
export function AddSamplesForm({ datasetId, onDone }: { datasetId: string; onDone: () => void }) {
  const { addSamples } = useDatasetScanMutations(datasetId);
  const [fileSamples, setFileSamples] = useState<SampleInput[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fileInputId = useId();

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const { samples, errors } = await readSampleFiles([...(event.target.files ?? [])]);
    setFileSamples((prev) => [...prev, ...samples]);
    setFileErrors(errors);
    event.target.value = "";
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const label = String(f.get("label") ?? "").trim();
    const content = String(f.get("content") ?? "");
    const pasted = content.trim() ? [{ label: label || "Pasted sample", content }] : [];
    const samples = [...pasted, ...fileSamples];
    if (samples.length === 0) {
      setFormError("Paste some text or pick at least one file.");
      return;
    }
    setFormError(null);
    setSending(true);
    try {
      for (const batch of batchSamples(samples)) await addSamples.mutateAsync({ samples: batch });
      onDone();
    } catch (error) {
      setFormError(`Could not add the samples: ${errorMessage(error)}`);
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add samples" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_1fr]">
        <TextField label="Sample label" name="label" maxLength={200} placeholder="e.g. support-ticket-1041" />
        <TextAreaField label="Sample content" name="content" mono rows={4} maxLength={SAMPLE_MAX_CHARS} placeholder="Paste a record, a document excerpt or a log line" />
      </div>
      <div>
        <label htmlFor={fileInputId} className="mb-1 block text-sm font-medium text-slate-700">Or add files</label>
        <input
          id={fileInputId} type="file" multiple accept={ACCEPTED_FILES} onChange={(e) => void onFiles(e)} aria-describedby={`${fileInputId}-hint`}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
        />
        <p id={`${fileInputId}-hint`} className="mt-1 text-xs text-slate-500">.txt or .jsonl, up to 64 KiB each; each file becomes one sample.</p>
      </div>
      {fileErrors.length ? <ErrorNotice><ul className="list-disc pl-4">{fileErrors.map((e) => <li key={e}>{e}</li>)}</ul></ErrorNotice> : null}
      {fileSamples.length ? (
        <ul aria-label="Files to add" className="flex flex-wrap gap-2">
          {fileSamples.map((s, i) => (
            <li key={`${s.label}-${i}`} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-3 pr-1 text-xs text-slate-700">
              {s.label} <span className="text-slate-400">({s.content.length.toLocaleString()} chars)</span>
              <button type="button" className="rounded-full px-1.5 text-slate-500 hover:bg-slate-200" onClick={() => setFileSamples((prev) => prev.filter((_, j) => j !== i))}>
                ×<span className="sr-only"> Remove {s.label}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={sending}>{sending ? "Adding…" : "Add samples"}</Button>
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
