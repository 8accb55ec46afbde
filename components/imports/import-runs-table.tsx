"use client";

import { useEffect, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useImportRuns } from "@/lib/imports/hooks";
import type { TImportRun } from "@/lib/imports/schemas";
import { formatLabel, otherSkips } from "./import-ledger";

const VIA_LABELS: Record<string, string> = { UI: "Upload", API: "API", CLI: "CLI" };

// Findings link to /findings/imports#<id>; the rows arrive after the page, so the browser's own jump has nothing to reach.
function useScrollToHash(ready: boolean) {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const row = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    row?.scrollIntoView({ block: "center" });
    row?.focus({ preventScroll: true });
  }, [ready]);
}

function RunRow({ run }: { run: TImportRun }) {
  const n = (v: number) => v.toLocaleString();
  return (
    <tr id={run.id} tabIndex={-1} className="scroll-mt-24 hover:bg-slate-50 target:bg-amber-50 focus:outline-none">
      <Td className="max-w-xs"><span className="break-all font-medium text-slate-900">{run.file}</span></Td>
      <Td>{run.appName}</Td>
      <Td className="whitespace-nowrap">{formatLabel(run)}</Td>
      <Td>{run.tools.join(", ") || "—"}</Td>
      <Td className="text-right tabular-nums">{n(run.results)}</Td>
      <Td className="text-right tabular-nums text-emerald-700">{n(run.created)}</Td>
      <Td className="text-right tabular-nums">{n(run.updated)}</Td>
      <Td className="text-right tabular-nums text-slate-500">{n(run.duplicates)}</Td>
      <Td className="text-right tabular-nums text-brand-700">{n(run.resolved)}</Td>
      <Td className="text-slate-500">{otherSkips(run)}</Td>
      <Td>{VIA_LABELS[run.via] ?? run.via}</Td>
      <Td className="whitespace-nowrap text-slate-500">{new Date(run.createdAt).toLocaleString()}</Td>
    </tr>
  );
}

/** Recent imports newest first (of the chosen app, or all), each row an anchor that findings link to. */
export function ImportRunsTable({ appId, filter }: { appId: string | null; filter: ReactNode }) {
  const runs = useImportRuns(appId);
  const rows = runs.data?.pages.flatMap((p) => p.imports) ?? [];
  useScrollToHash(rows.length > 0);

  return (
    <Card title="Recent imports" description="Results = created + updated + duplicates + other skips. Resolved: earlier findings of the same tool that the scan no longer reports." actions={filter}>
      {runs.isPending ? <Skeleton rows={4} /> : !runs.data ? (
        <ErrorNotice>Could not load the imports: {errorMessage(runs.error)}</ErrorNotice>
      ) : rows.length === 0 ? (
        <EmptyState title="No imports yet">Import SARIF or CycloneDX files here, with `POST /api/v1/imports` or with `npm run import`.</EmptyState>
      ) : (
        <div className="space-y-4">
          <Table label="Recent imports">
            <thead>
              <tr>
                <Th>File</Th><Th>App</Th><Th>Format</Th><Th>Tools</Th><Th className="text-right">Results</Th><Th className="text-right">Created</Th>
                <Th className="text-right">Updated</Th><Th className="text-right">Duplicates</Th><Th className="text-right">Resolved</Th><Th>Skipped</Th><Th>Via</Th><Th>Imported</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{rows.map((r) => <RunRow key={r.id} run={r} />)}</tbody>
          </Table>
          {runs.hasNextPage ? (
            <div className="flex justify-center">
              <Button variant="secondary" onClick={() => void runs.fetchNextPage()} disabled={runs.isFetchingNextPage}>{runs.isFetchingNextPage ? "Loading…" : "Load more"}</Button>
            </div>
          ) : null}
        </div>
      )}
    </Card>
  );
}
