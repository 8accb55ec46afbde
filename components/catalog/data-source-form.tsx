"use client";

import { type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { DATA_SOURCE_KIND_LABELS, DATA_SOURCE_KINDS, type TDataSourceKind } from "@/lib/catalog/constants";
import { useCatalogMutations, useCatalogOptions } from "@/lib/catalog/hooks";

export function DataSourceForm() {
  const options = useCatalogOptions();
  const { createSource } = useCatalogMutations();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const f = new FormData(formEl);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const created = await createSource
      .mutateAsync({ name: text("name"), kind: text("kind") as TDataSourceKind, description: text("description"), integrationId: text("integrationId") || null })
      .catch(() => null);
    if (created) formEl.reset();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" aria-label="Add a data source">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Source name" name="name" required maxLength={120} placeholder="e.g. Legal shared drive" />
        <SelectField label="Kind" name="kind" defaultValue="google-drive">
          {DATA_SOURCE_KINDS.map((k) => <option key={k} value={k}>{DATA_SOURCE_KIND_LABELS[k]}</option>)}
        </SelectField>
        <SelectField
          label="Integration" name="integrationId" defaultValue=""
          hint={options.error ? `Could not load integrations: ${errorMessage(options.error)}` : "The connection the apps use to read this source, if any"}
        >
          <option value="">None</option>
          {(options.data?.integrations ?? []).map((i) => <option key={i.id} value={i.id}>{i.name} ({i.provider})</option>)}
        </SelectField>
      </div>
      <TextField label="Description" name="description" maxLength={2000} placeholder="What it holds and who uses it" />
      {createSource.error ? <ErrorNotice>{errorMessage(createSource.error)}</ErrorNotice> : null}
      <Button type="submit" disabled={createSource.isPending}>{createSource.isPending ? "Adding…" : "Add source"}</Button>
    </form>
  );
}
