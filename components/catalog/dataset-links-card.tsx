"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { DATA_STORE_KIND_LABELS, DATASET_ACCESS_LABELS } from "@/lib/catalog/constants";
import { useCatalogMutations } from "@/lib/catalog/hooks";
import type { TDatasetDetailResponse } from "@/lib/catalog/schemas";
import { ExposureBadge } from "./classification-badge";
import { DatasetLinkForm } from "./dataset-link-form";

type Props = { detail: TDatasetDetailResponse; canManage: boolean };

export function DatasetLinksCard({ detail, canManage }: Props) {
  const { unlink } = useCatalogMutations();
  const { dataset, links, dataStores } = detail;

  function onUnlink(linkId: string, appName: string) {
    if (window.confirm(`Remove ${appName}'s link to "${dataset.name}"?`)) unlink.mutate({ datasetId: dataset.id, linkId });
  }

  return (
    <Card title="Apps that read this dataset" description="Explicit links, and app data stores that hold a copy of it.">
      {canManage ? <div className="mb-5"><DatasetLinkForm datasetId={dataset.id} /></div> : null}
      {unlink.error ? <div className="mb-3"><ErrorNotice>{errorMessage(unlink.error)}</ErrorNotice></div> : null}
      {links.length === 0 && dataStores.length === 0 ? (
        <EmptyState title="No app reads this dataset">Link the apps that index it, call it as a tool, fine-tune on it or put it in prompts.</EmptyState>
      ) : (
        <Table label="App links">
          <thead><tr><Th>App</Th><Th>Exposure</Th><Th>How</Th><Th>Since</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
          <tbody className="divide-y divide-slate-100">
            {links.map((l) => (
              <tr key={l.id}>
                <Td className="font-medium text-slate-900">{l.app.name}</Td>
                <Td><ExposureBadge value={l.app.exposure} /></Td>
                <Td><Badge tone="brand">{DATASET_ACCESS_LABELS[l.access]}</Badge></Td>
                <Td className="whitespace-nowrap text-slate-500">{new Date(l.createdAt).toLocaleDateString()}</Td>
                {canManage ? (
                  <Td className="text-right">
                    <Button variant="danger" disabled={unlink.isPending} onClick={() => onUnlink(l.id, l.app.name)}>
                      Unlink<span className="sr-only"> {l.app.name} ({DATASET_ACCESS_LABELS[l.access]})</span>
                    </Button>
                  </Td>
                ) : null}
              </tr>
            ))}
            {dataStores.map((s) => (
              <tr key={s.id}>
                <Td className="font-medium text-slate-900">{s.app.name}</Td>
                <Td><ExposureBadge value={s.app.exposure} /></Td>
                <Td><Badge>Data store: {s.name} ({DATA_STORE_KIND_LABELS[s.kind]})</Badge></Td>
                <Td className="text-slate-400">—</Td>
                {canManage ? <Td className="text-right text-xs text-slate-400">Managed on the app</Td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
