"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { CLASSIFICATION_LABELS, CLASSIFICATIONS, DATA_CATEGORIES, DATA_CATEGORY_LABELS, DATA_STORE_KIND_LABELS } from "@/lib/catalog/constants";
import { formatBytes } from "@/lib/catalog/format";
import { useCatalogMutations, useDataSources, useDatasets } from "@/lib/catalog/hooks";
import type { TCreateDatasetRequest, TListDatasetsQuery } from "@/lib/catalog/schemas";
import { CategoryChips, ClassificationBadge } from "./classification-badge";
import { DatasetForm } from "./dataset-form";

export function DatasetsPanel({ canManage }: { canManage: boolean }) {
  const [filters, setFilters] = useState<TListDatasetsQuery>({});
  const [adding, setAdding] = useState(false);
  const datasets = useDatasets(filters);
  const sources = useDataSources();
  const { createDataset } = useCatalogMutations();
  const filtered = Object.values(filters).some(Boolean);

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim() || undefined;
    setFilters({
      q: text("q"), sourceId: text("sourceId"),
      classification: text("classification") as TListDatasetsQuery["classification"],
      category: text("category") as TListDatasetsQuery["category"],
    });
  }

  const onCreate = (body: TCreateDatasetRequest) =>
    createDataset.mutateAsync(body).then(() => { setAdding(false); return true; }, () => false);

  return (
    <div className="space-y-6">
      {canManage && adding ? (
        <Card title="Add a dataset" description="Record where the data lives, who owns it, how sensitive it is and what it contains.">
          <DatasetForm
            submitLabel="Add dataset" pending={createDataset.isPending}
            error={createDataset.error ? errorMessage(createDataset.error) : null}
            onSubmit={onCreate} onCancel={() => { createDataset.reset(); setAdding(false); }}
          />
        </Card>
      ) : null}
      <Card
        title="Datasets"
        description="What data your LLM apps can read, with its classification and data categories."
        actions={canManage && !adding ? <Button onClick={() => setAdding(true)}>Add dataset</Button> : null}
      >
        <form onSubmit={onFilter} className="mb-4 grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Filter datasets">
          <TextField label="Search" name="q" placeholder="name, owner or location" maxLength={120} />
          <SelectField label="Classification" name="classification" defaultValue="">
            <option value="">Any</option>
            {CLASSIFICATIONS.map((c) => <option key={c} value={c}>{CLASSIFICATION_LABELS[c]}</option>)}
          </SelectField>
          <SelectField label="Source" name="sourceId" defaultValue="">
            <option value="">Any</option>
            {(sources.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </SelectField>
          <SelectField label="Data category" name="category" defaultValue="">
            <option value="">Any</option>
            {DATA_CATEGORIES.map((c) => <option key={c} value={c}>{DATA_CATEGORY_LABELS[c]}</option>)}
          </SelectField>
          <Button type="submit" variant="secondary">Apply filters</Button>
        </form>
        {datasets.isPending ? <Skeleton rows={5} /> : datasets.error ? (
          <ErrorNotice>Could not load datasets: {errorMessage(datasets.error)}</ErrorNotice>
        ) : datasets.data.length === 0 ? (
          filtered ? <EmptyState title="No datasets match">Try wider filters.</EmptyState> : (
            <EmptyState title="No datasets yet">
              Catalog the data your apps index, query or fine-tune on{canManage ? "" : "; an admin can add datasets"}.
            </EmptyState>
          )
        ) : (
          <Table label="Datasets">
            <thead><tr><Th>Name</Th><Th>Classification</Th><Th>Data categories</Th><Th>Source</Th><Th>Store</Th><Th>Owner</Th><Th>Size</Th><Th>App links</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {datasets.data.map((d) => (
                <tr key={d.id}>
                  <Td className="min-w-[10rem]"><Link href={`/catalog/datasets/${d.id}`} className="font-medium text-brand-700 hover:underline">{d.name}</Link></Td>
                  <Td><ClassificationBadge value={d.classification} /></Td>
                  <Td><CategoryChips categories={d.categories} max={3} /></Td>
                  <Td>{d.source?.name ?? <span className="text-slate-400">—</span>}</Td>
                  <Td className="whitespace-nowrap">{d.storeType ? DATA_STORE_KIND_LABELS[d.storeType] : <span className="text-slate-400">—</span>}</Td>
                  <Td className="max-w-[12rem] truncate" title={d.owner}>{d.owner || <span className="text-slate-400">—</span>}</Td>
                  <Td className="whitespace-nowrap text-slate-500">{d.approxSizeBytes === null ? "—" : formatBytes(d.approxSizeBytes)}</Td>
                  <Td className="text-slate-500">{d.linkCount}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
