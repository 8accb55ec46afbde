"use client";

import Link from "next/link";
import { type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { EmptyState, ErrorNotice } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { DATA_STORE_KIND_LABELS, DATA_STORE_KINDS, DATASET_ACCESS_LABELS, type DataStoreKind } from "@/lib/apps/constants";
import { useAppMutations, useAppOptions } from "@/lib/apps/hooks";
import type { TAppDetail } from "@/lib/apps/schemas";
import { ClassificationBadge } from "./app-badges";

function AddDataStoreForm({ appId }: { appId: string }) {
  const options = useAppOptions();
  const { addDataStore } = useAppMutations();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const datasetId = String(form.get("datasetId") ?? "");
    const store = { kind: String(form.get("kind")) as DataStoreKind, name: String(form.get("name") ?? "").trim(), ...(datasetId ? { datasetId } : {}) };
    const added = await addDataStore.mutateAsync({ appId, store }).catch(() => null);
    if (added) formEl.reset();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label="Add a data store" className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">Add a data store</h3>
      <div className="grid gap-3 sm:grid-cols-[1fr_1.5fr_1.5fr_auto] sm:items-end">
        <SelectField label="Kind" name="kind" defaultValue="VECTOR">
          {DATA_STORE_KINDS.map((k) => <option key={k} value={k}>{DATA_STORE_KIND_LABELS[k]}</option>)}
        </SelectField>
        <TextField label="Store name" name="name" required maxLength={120} placeholder="e.g. pgvector support-index" />
        <SelectField label="Catalog dataset" name="datasetId" defaultValue="">
          <option value="">Not in the catalog</option>
          {(options.data?.datasets ?? []).map((d) => <option key={d.id} value={d.id}>{`${d.name} (${d.classification.toLowerCase()})`}</option>)}
        </SelectField>
        <Button type="submit" disabled={addDataStore.isPending}>{addDataStore.isPending ? "Adding…" : "Add data store"}</Button>
      </div>
      {addDataStore.error ? <ErrorNotice>{errorMessage(addDataStore.error)}</ErrorNotice> : null}
    </form>
  );
}

export function DataStoresCard({ app, canManage }: { app: TAppDetail; canManage: boolean }) {
  const { removeDataStore } = useAppMutations();
  return (
    <Card title="Data" description="Stores the app reads or writes, and catalog datasets linked to it.">
      {removeDataStore.error ? <div className="mb-3"><ErrorNotice>{errorMessage(removeDataStore.error)}</ErrorNotice></div> : null}
      {app.dataStores.length === 0 ? (
        <EmptyState title="No data stores recorded">Vector indexes, databases, buckets, caches and agent memory the app uses.</EmptyState>
      ) : (
        <Table label="Data stores">
          <thead><tr><Th>Store</Th><Th>Kind</Th><Th>Dataset</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
          <tbody className="divide-y divide-slate-100">
            {app.dataStores.map((s) => (
              <tr key={s.id}>
                <Td className="font-medium text-slate-900">{s.name}</Td>
                <Td>{DATA_STORE_KIND_LABELS[s.kind]}</Td>
                <Td>{s.dataset ? <span className="flex flex-wrap items-center gap-2">{s.dataset.name}<ClassificationBadge value={s.dataset.classification} /></span> : <ClassificationBadge value={null} />}</Td>
                {canManage ? (
                  <Td className="text-right">
                    <Button
                      variant="danger"
                      disabled={removeDataStore.isPending}
                      onClick={() => { if (window.confirm(`Remove data store ${s.name}?`)) removeDataStore.mutate({ appId: app.id, storeId: s.id }); }}
                    >
                      Remove<span className="sr-only"> {s.name}</span>
                    </Button>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canManage ? <AddDataStoreForm appId={app.id} /> : null}
      <div className="mt-5 border-t border-slate-100 pt-4">
        <h3 className="text-sm font-semibold text-slate-900">Linked datasets</h3>
        {app.datasets.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">No catalog datasets are linked to this app. Links are made from the <Link href="/catalog" className="text-brand-700 hover:underline">Data catalog</Link>.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {app.datasets.map((d) => (
              <li key={d.linkId} className="flex flex-wrap items-center gap-2">
                <Link href={`/catalog/datasets/${d.id}`} className="text-brand-700 hover:underline">{d.name}</Link>
                <ClassificationBadge value={d.classification} />
                <span className="text-slate-500">{DATASET_ACCESS_LABELS[d.access]}{d.source ? ` · from ${d.source.name}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
