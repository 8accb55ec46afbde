"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { providerLabel } from "@/lib/apps/constants";
import type { AppSort } from "@/lib/apps/list-schemas";
import type { AppListState } from "@/lib/apps/list-url";
import type { TAppSummary } from "@/lib/apps/schemas";
import { CriticalityBadge, ExposureBadge, LifecycleBadge } from "./app-badges";

function SortHeader({ label, sort, state, onSort }: { label: string; sort: AppSort; state: AppListState; onSort: (s: AppSort) => void }) {
  const active = state.sort === sort;
  const direction = active ? (state.order === "asc" ? "ascending" : "descending") : "none";
  return (
    <Th aria-sort={direction}>
      <button type="button" onClick={() => onSort(sort)} className="inline-flex items-center gap-1 uppercase tracking-wide hover:text-slate-900">
        {label}
        <span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>{active && state.order === "desc" ? "▼" : "▲"}</span>
        <span className="sr-only">{active ? `, sorted ${direction}` : ", sortable"}</span>
      </button>
    </Th>
  );
}

export function AppsTable({ apps, state, onSort }: { apps: TAppSummary[]; state: AppListState; onSort: (s: AppSort) => void }) {
  return (
    <Table label="Apps">
      <thead>
        <tr>
          <SortHeader label="Name" sort="name" state={state} onSort={onSort} />
          <Th>Owner</Th>
          <Th>Lifecycle</Th>
          <SortHeader label="Criticality" sort="criticality" state={state} onSort={onSort} />
          <Th>Exposure</Th>
          <Th>Providers</Th>
          <SortHeader label="Updated" sort="updatedAt" state={state} onSort={onSort} />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {apps.map((a) => (
          <tr key={a.id}>
            <Td>
              <Link href={`/apps/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.name}</Link>
              {a.description ? <div className="max-w-xs truncate text-xs text-slate-500" title={a.description}>{a.description}</div> : null}
            </Td>
            <Td className="text-slate-600">{a.owner ? (a.owner.name ?? a.owner.email) : <span className="text-slate-400">No owner</span>}</Td>
            <Td><LifecycleBadge value={a.lifecycle} /></Td>
            <Td><CriticalityBadge value={a.criticality} /></Td>
            <Td><ExposureBadge value={a.exposure} /></Td>
            <Td>
              <div className="flex max-w-xs flex-wrap gap-1">
                {a.providers.length ? a.providers.map((p) => <Badge key={p}>{providerLabel(p)}</Badge>) : <span className="text-xs text-slate-400">None yet</span>}
              </div>
            </Td>
            <Td className="whitespace-nowrap text-slate-500">{new Date(a.updatedAt).toLocaleDateString()}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
