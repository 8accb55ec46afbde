import type { ControlStatus } from "@/lib/posture/types";
import { CONTROL_STATUS_LABELS, formatScore, scoreBand } from "./labels";

const STATUS_STYLES: Record<ControlStatus | "NONE", { icon: string; className: string }> = {
  PASS: { icon: "✓", className: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  FAIL: { icon: "✕", className: "bg-red-50 text-red-800 ring-red-200" },
  NEEDS_ATTESTATION: { icon: "?", className: "bg-amber-50 text-amber-900 ring-amber-200" },
  NOT_APPLICABLE: { icon: "–", className: "bg-slate-100 text-slate-600 ring-slate-200" },
  NONE: { icon: "…", className: "bg-white text-slate-500 ring-slate-200" },
};

/** A control's status as icon and text (never colour alone). */
export function ControlStatusBadge({ status }: { status: ControlStatus | null }) {
  const style = STATUS_STYLES[status ?? "NONE"];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}>
      <span aria-hidden>{style.icon}</span>
      {status ? CONTROL_STATUS_LABELS[status] : "Not evaluated"}
    </span>
  );
}

/** A 0-100 score as a bar with the number and its band written next to it. */
export function ScoreBar({ score, label }: { score: number | null; label: string }) {
  const band = scoreBand(score);
  return (
    <div className="flex min-w-40 items-center gap-2">
      <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score ?? undefined} aria-valuetext={score === null ? "No score" : `${formatScore(score)} of 100, ${band.label}`}
        className="h-2 w-24 overflow-hidden rounded-full bg-slate-100">
        <div className={`h-full rounded-full ${band.bar}`} style={{ width: `${score ?? 0}%` }} />
      </div>
      <span className="w-10 text-right text-sm font-semibold tabular-nums text-slate-900">{formatScore(score)}</span>
      <span className="text-xs text-slate-500">{band.label}</span>
    </div>
  );
}
