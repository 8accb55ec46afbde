"use client";

import { SEVERITIES, SEVERITY_LABELS, STATUSES, STATUS_LABELS, type FindingStatus, type Severity } from "@/lib/findings/constants";
import type { TFindingCounters } from "@/lib/findings/schemas";
import { SEVERITY_COLORS } from "./badges";

/** Active findings per severity (click to filter), overdue, and a bar of every status. */
export function FindingsCounters({ counters, selected, onSeverity, onOverdue }: {
  counters: TFindingCounters | undefined; selected: readonly Severity[]; onSeverity: (s: Severity) => void; onOverdue: () => void;
}) {
  const statusTotal = counters ? STATUSES.reduce((n, s) => n + counters.byStatus[s], 0) : 0;
  return (
    <section aria-label="Finding counters" className="space-y-3">
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-6">
        {SEVERITIES.map((s) => (
          <button
            key={s} type="button" aria-pressed={selected.includes(s)} onClick={() => onSeverity(s)}
            className={`rounded-lg border px-3 py-2 text-left transition hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-brand-600 ${selected.includes(s) ? "border-slate-900 bg-slate-50" : "border-slate-200 bg-white"}`}
          >
            <span className="flex items-center gap-1.5 text-xs font-medium text-slate-500"><span aria-hidden className="h-2 w-2 rounded-full" style={{ background: SEVERITY_COLORS[s] }} />{SEVERITY_LABELS[s]}</span>
            <span className="block text-xl font-semibold tabular-nums text-slate-900">{counters ? counters.bySeverity[s].toLocaleString() : "–"}</span>
          </button>
        ))}
        <button type="button" onClick={onOverdue} className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-left hover:border-red-400 focus-visible:outline-2 focus-visible:outline-brand-600">
          <span className="block text-xs font-medium text-red-700">Overdue</span>
          <span className="block text-xl font-semibold tabular-nums text-red-800">{counters ? counters.overdue.toLocaleString() : "–"}</span>
        </button>
      </div>
      {counters && statusTotal > 0 ? (
        <div>
          <div className="flex h-2 overflow-hidden rounded-full bg-slate-100" role="img" aria-label={STATUSES.map((s) => `${STATUS_LABELS[s]} ${counters.byStatus[s]}`).join(", ")}>
            {STATUSES.map((s) => counters.byStatus[s] > 0 ? <div key={s} className={STATUS_BAR[s]} style={{ width: `${(100 * counters.byStatus[s]) / statusTotal}%` }} /> : null)}
          </div>
          <ul className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600">
            {STATUSES.map((s) => <li key={s}><span aria-hidden className={`mr-1 inline-block h-2 w-2 rounded-full ${STATUS_BAR[s]}`} />{STATUS_LABELS[s]} {counters.byStatus[s].toLocaleString()}</li>)}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

const STATUS_BAR: Record<FindingStatus, string> = {
  OPEN: "bg-red-500", TRIAGED: "bg-amber-400", IN_PROGRESS: "bg-brand-600", RESOLVED: "bg-emerald-500", FALSE_POSITIVE: "bg-slate-400", RISK_ACCEPTED: "bg-slate-600",
};
