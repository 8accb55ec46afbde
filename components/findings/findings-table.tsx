"use client";

import Link from "next/link";
import { useRef, type KeyboardEvent } from "react";
import { formatTime } from "@/components/events/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { TFindingRow } from "@/lib/findings/schemas";
import { SeverityBadge, SlaBadge, SourceBadge, StatusBadge } from "./badges";

export const findingHref = (id: string) => `/findings/${id}`;

/**
 * Findings with row selection for bulk actions. Keyboard: Tab reaches each title link; j/k (or arrow keys) move
 * between rows, x toggles the focused row's selection, Enter opens it.
 */
export function FindingsTable({ findings, selected, onToggle, onToggleAll, selectable }: {
  findings: readonly TFindingRow[]; selected: ReadonlySet<string>; onToggle: (id: string) => void; onToggleAll: (on: boolean) => void; selectable: boolean;
}) {
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const allOn = findings.length > 0 && findings.every((f) => selected.has(f.id));
  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const index = links.current.findIndex((l) => l === document.activeElement);
    if (index < 0) return;
    const move = (to: number) => {
      event.preventDefault();
      links.current[Math.max(0, Math.min(findings.length - 1, to))]?.focus();
    };
    if (event.key === "j" || event.key === "ArrowDown") move(index + 1);
    else if (event.key === "k" || event.key === "ArrowUp") move(index - 1);
    else if (event.key === "x" && selectable) {
      event.preventDefault();
      onToggle(findings[index]!.id);
    }
  }
  return (
    <Table label="Findings">
      <thead>
        <tr>
          {selectable ? (
            <Th className="w-8"><input type="checkbox" aria-label="Select all shown findings" checked={allOn} onChange={(e) => onToggleAll(e.target.checked)} /></Th>
          ) : null}
          <Th>Severity</Th><Th>Finding</Th><Th>Source</Th><Th>App</Th><Th>Status</Th><Th>Assignee</Th><Th>SLA</Th><Th>Last seen</Th><Th className="text-right">Seen</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" onKeyDown={onKeyDown}>
        {findings.map((f, i) => (
          <tr key={f.id} className={selected.has(f.id) ? "bg-brand-50" : "hover:bg-slate-50"}>
            {selectable ? (
              <Td><input type="checkbox" aria-label={`Select ${f.title}`} checked={selected.has(f.id)} onChange={() => onToggle(f.id)} /></Td>
            ) : null}
            <Td><SeverityBadge severity={f.severity} /></Td>
            <Td className="max-w-md">
              <Link ref={(el) => { links.current[i] = el; }} href={findingHref(f.id)} className="font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">{f.title}</Link>
              <div className="truncate font-mono text-xs text-slate-500" title={f.location ?? f.ruleId}>{f.ruleId}{f.location ? ` · ${f.location}` : ""}</div>
            </Td>
            <Td><SourceBadge source={f.source} /></Td>
            <Td className="whitespace-nowrap">{f.appName ?? <span className="text-slate-400">—</span>}</Td>
            <Td><StatusBadge status={f.status} /></Td>
            <Td className="max-w-40 truncate text-xs">{f.assignee ? (f.assignee.name ?? f.assignee.email) : <span className="text-slate-400">Unassigned</span>}</Td>
            <Td className="whitespace-nowrap"><SlaBadge state={f.slaState} dueAt={f.slaDueAt} /></Td>
            <Td className="whitespace-nowrap text-xs">{formatTime(f.lastSeenAt)}</Td>
            <Td className="text-right tabular-nums">{f.occurrences.toLocaleString()}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
