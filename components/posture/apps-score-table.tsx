"use client";

import Link from "next/link";
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { CriticalityBadge } from "@/components/apps/app-badges";
import { Table, Td, Th } from "@/components/ui/table";
import type { TPostureAppRow } from "@/lib/posture/schemas";
import { ScoreBar } from "./status-badge";

type SortKey = "name" | "criticality" | "score" | "failing" | "needsAttestation";
type Sort = { key: SortKey; order: "asc" | "desc" };

const CRITICALITY_RANK = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 } as const;
const VALUE: Record<SortKey, (a: TPostureAppRow) => number | string> = {
  name: (a) => a.name.toLowerCase(),
  criticality: (a) => CRITICALITY_RANK[a.criticality],
  // Unscored apps sort below every score either way round.
  score: (a) => a.score ?? -1,
  failing: (a) => a.failing.length,
  needsAttestation: (a) => a.needsAttestation,
};

export const scorecardHref = (appId: string) => `/posture/apps/${appId}`;

function SortHeader({ label, sortKey, sort, onSort, className = "" }: { label: string; sortKey: SortKey; sort: Sort; onSort: (k: SortKey) => void; className?: string }) {
  const active = sort.key === sortKey;
  const direction = active ? (sort.order === "asc" ? "ascending" : "descending") : "none";
  return (
    <Th aria-sort={direction} className={className}>
      <button type="button" onClick={() => onSort(sortKey)} className="inline-flex items-center gap-1 uppercase tracking-wide hover:text-slate-900">
        {label}
        <span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>{active && sort.order === "desc" ? "▼" : "▲"}</span>
        <span className="sr-only">{active ? `, sorted ${direction}` : ", sortable"}</span>
      </button>
    </Th>
  );
}

/** Apps by posture score, worst first; headers sort, j/k or arrows move between the rows' links. */
export function AppsScoreTable({ apps }: { apps: readonly TPostureAppRow[] }) {
  const [sort, setSort] = useState<Sort>({ key: "score", order: "asc" });
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const rows = useMemo(() => {
    const value = VALUE[sort.key];
    const sign = sort.order === "asc" ? 1 : -1;
    return [...apps].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return (va < vb ? -1 : va > vb ? 1 : a.name.localeCompare(b.name)) * sign;
    });
  }, [apps, sort]);
  const onSort = (key: SortKey) => setSort((s) => ({ key, order: s.key === key && s.order === "asc" ? "desc" : "asc" }));
  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const index = links.current.findIndex((l) => l === document.activeElement);
    if (index < 0) return;
    const next = event.key === "j" || event.key === "ArrowDown" ? index + 1 : event.key === "k" || event.key === "ArrowUp" ? index - 1 : null;
    if (next === null) return;
    event.preventDefault();
    links.current[Math.max(0, Math.min(rows.length - 1, next))]?.focus();
  }
  return (
    <Table label="Scores by app">
      <thead>
        <tr>
          <SortHeader label="App" sortKey="name" sort={sort} onSort={onSort} />
          <SortHeader label="Criticality" sortKey="criticality" sort={sort} onSort={onSort} />
          <SortHeader label="Score" sortKey="score" sort={sort} onSort={onSort} />
          <SortHeader label="Failing" sortKey="failing" sort={sort} onSort={onSort} className="text-right" />
          <SortHeader label="Needs attestation" sortKey="needsAttestation" sort={sort} onSort={onSort} className="text-right" />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" onKeyDown={onKeyDown}>
        {rows.map((a, i) => (
          <tr key={a.appId} className="hover:bg-slate-50">
            <Td>
              <Link ref={(el) => { links.current[i] = el; }} href={scorecardHref(a.appId)} className="font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">{a.name}</Link>
              {a.lifecycle === "RETIRED" ? <span className="ml-2 text-xs text-slate-500">(retired, not in the org score)</span> : null}
            </Td>
            <Td><CriticalityBadge value={a.criticality} /></Td>
            <Td><ScoreBar score={a.score} label={`${a.name} score`} /></Td>
            <Td className="text-right tabular-nums">{a.failing.length}</Td>
            <Td className="text-right tabular-nums">{a.needsAttestation}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
