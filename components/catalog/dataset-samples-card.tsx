"use client";

import { useEffect, useState } from "react";
import { AddSamplesForm } from "@/components/dlp/add-samples-form";
import { formatDateTime } from "@/components/dlp/labels";
import { ScanProgress } from "@/components/dlp/scan-progress";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { isScanActive, useDatasetSamples, useDatasetScanMutations, useDlpScan, useMyScopes } from "@/lib/dlp/hooks";

/** Text samples of the dataset and the DLP scan over them; the findings card below shows what the scan found. */
export function DatasetSamplesCard({ datasetId, canManage }: { datasetId: string; canManage: boolean }) {
  const samples = useDatasetSamples(datasetId);
  const scopes = useMyScopes();
  const { startScan, refreshAfterScan } = useDatasetScanMutations(datasetId);
  const [adding, setAdding] = useState(false);
  const [startedId, setStartedId] = useState<string | null>(null);

  const latest = samples.data?.latestScan ?? null;
  const trackedId = startedId ?? (latest && isScanActive(latest) ? latest.id : null);
  const tracked = useDlpScan(trackedId);
  const scan = trackedId ? (tracked.data ?? null) : latest;
  const finishedId = tracked.data && !isScanActive(tracked.data) ? tracked.data.id : null;

  useEffect(() => {
    if (finishedId) void refreshAfterScan();
  }, [finishedId, refreshAfterScan]);

  const canScan = scopes.data?.has("scans:run") ?? false;
  const total = samples.data?.total ?? 0;
  const scanning = isScanActive(scan) || startScan.isPending;

  const actions = (
    <>
      {canManage && !adding ? <Button variant="secondary" onClick={() => setAdding(true)}>Add samples</Button> : null}
      {canScan ? (
        <Button disabled={scanning || total === 0} title={total === 0 ? "Add samples first" : undefined} onClick={() => startScan.mutate(undefined, { onSuccess: (s) => setStartedId(s.id) })}>
          {scanning ? "Scanning…" : "Scan samples"}
        </Button>
      ) : null}
    </>
  );

  return (
    <Card title="Samples & DLP scan" description="Representative records of this dataset; a scan runs every detector over them and records findings. Sample content is never shown again." actions={actions}>
      <div className="space-y-5">
        {canManage && adding ? <div className="rounded-lg p-4 ring-1 ring-inset ring-slate-200"><AddSamplesForm datasetId={datasetId} onDone={() => setAdding(false)} /></div> : null}
        {startScan.error ? <ErrorNotice>Could not start the scan: {errorMessage(startScan.error)}</ErrorNotice> : null}
        {tracked.error ? <ErrorNotice>Could not follow the scan: {errorMessage(tracked.error)}</ErrorNotice> : null}
        {scan ? <ScanProgress scan={scan} /> : null}
        {samples.isPending ? <Skeleton rows={3} /> : samples.error ? (
          <ErrorNotice>Could not load samples: {errorMessage(samples.error)}</ErrorNotice>
        ) : samples.data.samples.length === 0 ? (
          <EmptyState title="No samples yet">
            Add a few records (pasted or as .txt / .jsonl files) so a DLP scan can tell what this dataset really contains{canManage ? "" : "; an admin can add them"}.
          </EmptyState>
        ) : (
          <>
            <Table label="Samples">
              <thead><tr><Th>Label</Th><Th>Size</Th><Th>Findings</Th><Th>Scanned</Th><Th>Added</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {samples.data.samples.map((s) => (
                  <tr key={s.id}>
                    <Td className="max-w-xs truncate font-medium text-slate-900" title={s.label}>{s.label}</Td>
                    <Td className="whitespace-nowrap text-slate-500">{s.chars.toLocaleString()} chars</Td>
                    <Td>{s.scannedAt ? s.findingCount : <span className="text-slate-400">—</span>}</Td>
                    <Td className="whitespace-nowrap text-slate-500">{formatDateTime(s.scannedAt, "Not scanned")}</Td>
                    <Td className="whitespace-nowrap text-slate-500">{formatDateTime(s.createdAt)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {total > samples.data.samples.length ? <p className="text-xs text-slate-500">Showing the newest {samples.data.samples.length} of {total} samples.</p> : null}
          </>
        )}
      </div>
    </Card>
  );
}
