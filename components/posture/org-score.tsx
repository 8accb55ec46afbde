import { CONTROL_STATUSES } from "@/lib/posture/types";
import type { TPostureSummary } from "@/lib/posture/schemas";
import { CONTROL_STATUS_LABELS, formatScore, scoreBand } from "./labels";
import { ControlStatusBadge } from "./status-badge";

/** The org score as a big number with its band, how it is computed, and control results by status. */
export function OrgScore({ summary }: { summary: TPostureSummary }) {
  const band = scoreBand(summary.orgScore);
  return (
    <div className="space-y-4">
      <div className="flex items-end gap-3">
        <p className="text-5xl font-semibold tabular-nums text-slate-900" aria-describedby="org-score-band">{formatScore(summary.orgScore)}</p>
        <p id="org-score-band" className="pb-1 text-sm text-slate-600">of 100 · <span className={`rounded px-1.5 py-0.5 font-medium ${band.cell}`}>{band.label}</span></p>
      </div>
      <p className="text-xs text-slate-500">
        {summary.controls} controls (catalog {summary.catalogVersion}) · {summary.generatedAt ? `computed ${new Date(summary.generatedAt).toLocaleString()}` : "not computed yet"}
      </p>
      <details className="rounded-md bg-slate-50 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">How is this computed?</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">{summary.formula.map((line) => <li key={line}>{line}</li>)}</ul>
      </details>
      <ul aria-label="Control results across apps" className="grid gap-1.5">
        {CONTROL_STATUSES.map((s) => (
          <li key={s} className="flex items-center justify-between rounded-md px-2 py-1 ring-1 ring-slate-200">
            <ControlStatusBadge status={s} />
            <span className="text-sm font-semibold tabular-nums text-slate-900" aria-label={`${CONTROL_STATUS_LABELS[s]}: ${summary.statusCounts[s]}`}>{summary.statusCounts[s].toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
