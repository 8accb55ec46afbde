"use client";

import { DETECTOR_LABELS, formatDateTime, SEVERITY_TONE } from "@/components/dlp/labels";
import { FindingsByTypeChart } from "@/components/dlp/findings-by-type-chart";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { CLASSIFICATION_LABELS } from "@/lib/catalog/constants";
import type { TDataset } from "@/lib/catalog/schemas";
import { useDatasetFindings, useDatasetScanMutations, useMyScopes } from "@/lib/dlp/hooks";

/** What DLP scans found in the dataset's samples, per type, and the classification that calls for. */
export function DatasetFindingsCard({ dataset, canManage }: { dataset: TDataset; canManage: boolean }) {
  const scopes = useMyScopes();
  const canRead = scopes.data?.has("findings:read") ?? false;
  const findings = useDatasetFindings(dataset.id, canRead);
  const { classify } = useDatasetScanMutations(dataset.id);
  if (scopes.isSuccess && !canRead) return null;
  const suggested = findings.data?.suggestedClassification ?? null;

  const body = scopes.isPending || findings.isPending ? <Skeleton rows={4} /> : scopes.error || findings.error ? (
    <ErrorNotice>Could not load DLP findings: {errorMessage(scopes.error ?? findings.error)}</ErrorNotice>
  ) : findings.data.findings.length === 0 ? (
    <EmptyState title="No DLP findings">Scan the samples above; what the detectors find in them shows up here.</EmptyState>
  ) : (
    <div className="space-y-5">
      {suggested ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
          <span>
            Findings suggest <strong>{suggested}</strong>; currently <strong>{dataset.classification}</strong>.
          </span>
          {canManage ? (
            <Button variant="secondary" disabled={classify.isPending} onClick={() => classify.mutate(suggested)}>
              {classify.isPending ? "Saving…" : `Classify as ${CLASSIFICATION_LABELS[suggested]}`}
            </Button>
          ) : null}
        </div>
      ) : null}
      {classify.error ? <ErrorNotice>Could not change the classification: {errorMessage(classify.error)}</ErrorNotice> : null}
      <div className="grid gap-5 lg:grid-cols-[3fr_2fr]">
        <FindingsByTypeChart data={findings.data.byType} />
        <Table label="Findings per type">
          <thead><tr><Th>Type</Th><Th>Findings</Th><Th>Occurrences</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {findings.data.byType.map((t) => (
              <tr key={`${t.detector}-${t.ruleId}`}>
                <Td><code className="font-mono text-xs text-slate-900">{t.ruleId}</code><div className="text-xs text-slate-500">{DETECTOR_LABELS[t.detector]}</div></Td>
                <Td>{t.findings}</Td>
                <Td>{t.occurrences}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <Table label="DLP findings">
        <thead><tr><Th>Severity</Th><Th>Type</Th><Th>Evidence (masked)</Th><Th>Occurrences</Th><Th>Last seen</Th></tr></thead>
        <tbody className="divide-y divide-slate-100">
          {findings.data.findings.map((f) => (
            <tr key={f.id}>
              <Td><Badge tone={SEVERITY_TONE[f.severity]}>{f.severity}</Badge></Td>
              <Td className="min-w-[12rem]"><div className="font-medium text-slate-900">{f.title}</div><code className="font-mono text-xs text-slate-500">{f.ruleId}</code></Td>
              <Td><code className="font-mono text-xs">{f.evidence}</code></Td>
              <Td>{f.occurrences}</Td>
              <Td className="whitespace-nowrap text-slate-500">{formatDateTime(f.lastSeenAt)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );

  return <Card title="DLP findings" description="Personal data, secrets and other sensitive content found in this dataset's samples.">{body}</Card>;
}
