"use client";

import Link from "next/link";
import { type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { DATASET_ACCESS, DATASET_ACCESS_LABELS, type TDatasetAccess } from "@/lib/catalog/constants";
import { useCatalogMutations, useCatalogOptions } from "@/lib/catalog/hooks";

export function DatasetLinkForm({ datasetId }: { datasetId: string }) {
  const options = useCatalogOptions();
  const { link } = useCatalogMutations();
  const apps = options.data?.apps ?? [];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    await link.mutateAsync({ datasetId, appId: String(f.get("appId")), access: String(f.get("access")) as TDatasetAccess }).catch(() => null);
  }

  if (options.error) return <ErrorNotice>Could not load apps: {errorMessage(options.error)}</ErrorNotice>;
  if (!options.isPending && apps.length === 0) {
    return <p className="text-sm text-slate-500">No apps in the inventory yet. <Link href="/apps" className="text-brand-700 hover:underline">Add an app</Link> to link it here.</p>;
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end" aria-label="Link an app">
      <SelectField label="App" name="appId" required defaultValue="" disabled={options.isPending}>
        <option value="" disabled>{options.isPending ? "Loading apps…" : "Choose an app"}</option>
        {apps.map((a) => <option key={a.id} value={a.id}>{a.name}{a.exposure === "PUBLIC" ? " (public)" : ""}</option>)}
      </SelectField>
      <SelectField label="Access" name="access" defaultValue="RAG_INDEX">
        {DATASET_ACCESS.map((a) => <option key={a} value={a}>{DATASET_ACCESS_LABELS[a]}</option>)}
      </SelectField>
      <Button type="submit" disabled={link.isPending || options.isPending}>{link.isPending ? "Linking…" : "Link app"}</Button>
      {link.error ? <div className="sm:col-span-3"><ErrorNotice>{errorMessage(link.error)}</ErrorNotice></div> : null}
    </form>
  );
}
