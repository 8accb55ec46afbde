"use client";

import Link from "next/link";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useReachability } from "@/lib/catalog/hooks";
import { CategoryChips, ClassificationBadge } from "./classification-badge";
import { ReachabilityAppsTable } from "./reachability-apps-table";

export function ReachabilityPanel() {
  const reach = useReachability();
  const [onlyRisky, setOnlyRisky] = useState(false);

  if (reach.isPending) return <Skeleton rows={6} />;
  if (reach.error) return <ErrorNotice>Could not load the reachability view: {errorMessage(reach.error)}</ErrorNotice>;
  const { rows, summary } = reach.data;
  const shown = onlyRisky ? rows.filter((r) => r.risky) : rows;

  return (
    <div className="space-y-6">
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-4">
          <p className="text-sm text-slate-600" data-testid="reachability-summary">
            <strong className="text-slate-900">{summary.sensitiveDatasets}</strong> restricted or confidential datasets ·{" "}
            <strong className="text-slate-900">{summary.reachableDatasets}</strong> reachable by an app ·{" "}
            <strong className={summary.riskyDatasets ? "text-red-700" : "text-slate-900"}>{summary.riskyDatasets}</strong> with a risky path
          </p>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={onlyRisky} onChange={(e) => setOnlyRisky(e.target.checked)} className="rounded border-slate-300 text-brand-600 focus:ring-brand-500" />
            Only risky paths
          </label>
        </div>
        <p className="mt-2 text-xs text-slate-500">
          Risky: restricted data reaching a public app, or sent to a model provider without going through the gateway.
        </p>
      </Card>
      {rows.length === 0 ? (
        <EmptyState title="No restricted or confidential datasets">
          Classify datasets in the <Link href="/catalog" className="text-brand-700 hover:underline">catalog</Link> to see which apps and model providers can reach them.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No risky paths">No restricted dataset reaches a public app or an ungated provider.</EmptyState>
      ) : (
        <ul aria-label="Sensitive datasets" className="space-y-4">
          {shown.map((row) => (
            <li key={row.dataset.id} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-5 py-3">
                <div className="space-y-1">
                  <div className="flex items-center gap-2">
                    <Link href={`/catalog/datasets/${row.dataset.id}`} className="font-semibold text-slate-900 hover:underline">{row.dataset.name}</Link>
                    <ClassificationBadge value={row.dataset.classification} />
                    {row.risky ? <Badge tone="red">⚠ Risky path</Badge> : null}
                  </div>
                  <CategoryChips categories={row.dataset.categories} className="max-w-2xl" />
                </div>
                <p className="text-xs text-slate-500">{row.dataset.owner ? `Owner: ${row.dataset.owner}` : "No owner recorded"}</p>
              </div>
              <div className="px-5 py-3">
                {row.apps.length === 0 ? (
                  <p className="text-sm text-slate-500">No app reaches this dataset.</p>
                ) : <ReachabilityAppsTable datasetName={row.dataset.name} apps={row.apps} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
