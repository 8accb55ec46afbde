"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useCatalogMutations, useDataset } from "@/lib/catalog/hooks";
import type { TCreateDatasetRequest } from "@/lib/catalog/schemas";
import { ClassificationBadge } from "./classification-badge";
import { DatasetFacts } from "./dataset-facts";
import { DatasetFindingsCard } from "./dataset-findings-card";
import { DatasetForm } from "./dataset-form";
import { DatasetLinksCard } from "./dataset-links-card";
import { DatasetSamplesCard } from "./dataset-samples-card";

export function DatasetDetail({ datasetId, canManage }: { datasetId: string; canManage: boolean }) {
  const detail = useDataset(datasetId);
  const { updateDataset, deleteDataset } = useCatalogMutations();
  const [editing, setEditing] = useState(false);
  const router = useRouter();

  if (detail.isPending) return <Skeleton rows={6} />;
  if (detail.error) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return <ErrorNotice>{missing ? "This dataset does not exist or was deleted." : `Could not load the dataset: ${errorMessage(detail.error)}`} <Link href="/catalog" className="underline">Back to datasets</Link></ErrorNotice>;
  }
  const { dataset } = detail.data;

  const onSave = (body: TCreateDatasetRequest) =>
    updateDataset.mutateAsync({ id: dataset.id, changes: body }).then(() => { setEditing(false); return true; }, () => false);

  function onDelete() {
    if (!window.confirm(`Delete the dataset "${dataset.name}" and its app links?`)) return;
    deleteDataset.mutate(dataset.id, { onSuccess: () => router.push("/catalog") });
  }

  const actions = canManage && !editing ? (
    <>
      <Button variant="secondary" onClick={() => setEditing(true)}>Edit</Button>
      <Button variant="danger" disabled={deleteDataset.isPending} onClick={onDelete}>Delete dataset</Button>
    </>
  ) : null;

  return (
    <div className="space-y-6">
      <Card title={<span className="flex items-center gap-2">{dataset.name} <ClassificationBadge value={dataset.classification} /></span>} actions={actions}>
        {deleteDataset.error ? <div className="mb-3"><ErrorNotice>{errorMessage(deleteDataset.error)}</ErrorNotice></div> : null}
        {editing ? (
          <DatasetForm
            initial={dataset} submitLabel="Save changes" pending={updateDataset.isPending}
            error={updateDataset.error ? errorMessage(updateDataset.error) : null}
            onSubmit={onSave} onCancel={() => { updateDataset.reset(); setEditing(false); }}
          />
        ) : <DatasetFacts dataset={dataset} />}
      </Card>
      <DatasetLinksCard detail={detail.data} canManage={canManage} />
      <DatasetSamplesCard datasetId={dataset.id} canManage={canManage} />
      <DatasetFindingsCard dataset={dataset} canManage={canManage} />
      <p className="text-sm text-slate-500">
        <Link href="/catalog/reachability" className="text-brand-700 hover:underline">See which model providers sensitive datasets reach →</Link>
      </p>
    </div>
  );
}
