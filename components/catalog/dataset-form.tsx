"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { CLASSIFICATION_LABELS, CLASSIFICATIONS, DATA_STORE_KIND_LABELS, DATA_STORE_KINDS, isDataCategory, MAX_RETENTION_DAYS } from "@/lib/catalog/constants";
import { formatBytes, parseBytes } from "@/lib/catalog/format";
import { useDataSources } from "@/lib/catalog/hooks";
import type { TCreateDatasetRequest, TDataset } from "@/lib/catalog/schemas";
import { CategoryPicker } from "./category-picker";

type DatasetFormProps = {
  initial?: TDataset;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (body: TCreateDatasetRequest) => Promise<boolean>;
  onCancel?: () => void;
};

/** Add or edit a dataset. Resolves `onSubmit` to true when saved, so a new-dataset form can clear itself. */
export function DatasetForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: DatasetFormProps) {
  const sources = useDataSources();
  const initialSize = initial?.approxSizeBytes === null || initial === undefined ? "" : formatBytes(initial.approxSizeBytes);
  const [sizeError, setSizeError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const f = new FormData(formEl);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const sizeText = text("size");
    // An untouched size keeps the stored byte count (the text shown is rounded).
    const size = initial && sizeText === initialSize ? initial.approxSizeBytes : parseBytes(sizeText);
    if (size === undefined) {
      setSizeError("Write a size such as 500 MB, 2.5 GB or 1 TB");
      return;
    }
    setSizeError(null);
    const retention = text("retentionDays");
    const saved = await onSubmit({
      name: text("name"),
      classification: text("classification") as TCreateDatasetRequest["classification"],
      sourceId: text("sourceId") || null,
      storeType: (text("storeType") || null) as TCreateDatasetRequest["storeType"],
      owner: text("owner"),
      locationUri: text("locationUri"),
      categories: f.getAll("categories").map(String).filter(isDataCategory),
      approxSizeBytes: size,
      retentionDays: retention ? Number(retention) : null,
    });
    if (saved && !initial) formEl.reset();
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4" aria-label={initial ? `Edit ${initial.name}` : "Add a dataset"}>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Dataset name" name="name" required maxLength={120} defaultValue={initial?.name} placeholder="e.g. Customer PII" />
        <SelectField label="Classification" name="classification" defaultValue={initial?.classification ?? "INTERNAL"}>
          {CLASSIFICATIONS.map((c) => <option key={c} value={c}>{CLASSIFICATION_LABELS[c]}</option>)}
        </SelectField>
        <SelectField label="Source" name="sourceId" defaultValue={initial?.source?.id ?? ""} hint={sources.error ? "Could not load data sources" : undefined}>
          <option value="">No source</option>
          {(sources.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </SelectField>
        <TextField label="Location URI" name="locationUri" maxLength={1000} defaultValue={initial?.locationUri} placeholder="s3://bucket/prefix" hint="A URI, without credentials" />
        <SelectField label="Store type" name="storeType" defaultValue={initial?.storeType ?? ""}>
          <option value="">Not set</option>
          {DATA_STORE_KINDS.map((k) => <option key={k} value={k}>{DATA_STORE_KIND_LABELS[k]}</option>)}
        </SelectField>
        <TextField label="Owner" name="owner" maxLength={254} defaultValue={initial?.owner} placeholder="team or email" />
        <TextField label="Approximate size" name="size" maxLength={32} defaultValue={initialSize} placeholder="e.g. 25 GB" error={sizeError} />
        <TextField
          label="Retention (days)" name="retentionDays" type="number" min={1} max={MAX_RETENTION_DAYS}
          defaultValue={initial?.retentionDays ?? undefined} placeholder="e.g. 365"
        />
      </div>
      <CategoryPicker defaultValue={initial?.categories} />
      {error ? <ErrorNotice>{error}</ErrorNotice> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
        {onCancel ? <Button variant="secondary" onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
