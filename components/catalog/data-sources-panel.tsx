"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { DATA_SOURCE_KIND_LABELS, DATA_SOURCE_KINDS, type TDataSourceKind } from "@/lib/catalog/constants";
import { useCatalogMutations, useDataSources } from "@/lib/catalog/hooks";
import type { TDataSource } from "@/lib/catalog/schemas";
import { DataSourceForm } from "./data-source-form";

const kindLabel = (kind: string) => ((DATA_SOURCE_KINDS as readonly string[]).includes(kind) ? DATA_SOURCE_KIND_LABELS[kind as TDataSourceKind] : kind);

export function DataSourcesPanel({ canManage }: { canManage: boolean }) {
  const sources = useDataSources();
  const { deleteSource } = useCatalogMutations();

  function onDelete(s: TDataSource) {
    const note = s.datasetCount ? ` Its ${s.datasetCount} dataset(s) stay in the catalog without a source.` : "";
    if (window.confirm(`Delete the data source "${s.name}"?${note}`)) deleteSource.mutate(s.id);
  }

  return (
    <div className="space-y-6">
      {canManage ? (
        <Card title="Add a data source" description="Where datasets come from: drives, wikis, databases, buckets, SaaS tools.">
          <DataSourceForm />
        </Card>
      ) : null}
      <Card title="Data sources" description="Systems that hold the data your LLM apps read.">
        {deleteSource.error ? <div className="mb-3"><ErrorNotice>{errorMessage(deleteSource.error)}</ErrorNotice></div> : null}
        {sources.isPending ? <Skeleton /> : sources.error ? (
          <ErrorNotice>Could not load data sources: {errorMessage(sources.error)}</ErrorNotice>
        ) : sources.data.length === 0 ? (
          <EmptyState title="No data sources yet">Add the systems your datasets come from{canManage ? "" : " (admins can add them)"}.</EmptyState>
        ) : (
          <Table label="Data sources">
            <thead><tr><Th>Name</Th><Th>Kind</Th><Th>Integration</Th><Th>Datasets</Th><Th>Description</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {sources.data.map((s) => (
                <tr key={s.id}>
                  <Td className="font-medium text-slate-900">{s.name}</Td>
                  <Td className="whitespace-nowrap"><Badge>{kindLabel(s.kind)}</Badge></Td>
                  <Td>{s.integration ? <>{s.integration.name}<div className="text-xs text-slate-500">{s.integration.provider}</div></> : <span className="text-slate-400">—</span>}</Td>
                  <Td className="text-slate-500">{s.datasetCount}</Td>
                  <Td className="max-w-md text-slate-500">{s.description}</Td>
                  {canManage ? (
                    <Td className="text-right">
                      <Button variant="danger" disabled={deleteSource.isPending} onClick={() => onDelete(s)}>Delete<span className="sr-only"> {s.name}</span></Button>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
