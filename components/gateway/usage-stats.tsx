import { formatCompact, formatCount } from "@/components/events/format";
import type { TGatewayUsage } from "@/lib/gateway/schemas";
import { formatCost } from "./usage-data";

type Totals = TGatewayUsage["totals"];
type Stat = { label: string; value: string; detail?: string; tone?: "red" | "amber" };

const ms = (n: number | null) => (n === null ? "—" : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`);
const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}% of requests` : undefined);

function statsOf(t: Totals): Stat[] {
  return [
    { label: "Requests", value: formatCount(t.requests), detail: t.errors ? `${formatCount(t.errors)} answered with an error` : "No errors" },
    { label: "Input tokens", value: formatCompact(t.inputTokens), detail: formatCount(t.inputTokens) },
    { label: "Output tokens", value: formatCompact(t.outputTokens), detail: formatCount(t.outputTokens) },
    { label: "Cost", value: formatCost(t.costUsd), detail: "Estimated from model prices" },
    { label: "Blocked", value: formatCount(t.blocked), detail: pct(t.blocked, t.requests), tone: t.blocked ? "red" : undefined },
    { label: "Redacted", value: formatCount(t.redacted), detail: pct(t.redacted, t.requests), tone: t.redacted ? "amber" : undefined },
    { label: "Limited", value: formatCount(t.limited), detail: pct(t.limited, t.requests), tone: t.limited ? "amber" : undefined },
    { label: "Added latency", value: `${ms(t.latencyP50Ms)} p50`, detail: `${ms(t.latencyP95Ms)} p95` },
  ];
}

const TONES = { red: "text-red-700", amber: "text-amber-700" } as const;

/** The window's totals as a grid of labelled figures. */
export function UsageStats({ totals }: { totals: Totals }) {
  return (
    <dl aria-label="Gateway totals" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {statsOf(totals).map((s) => (
        <div key={s.label} className="rounded-md px-4 py-3 ring-1 ring-inset ring-slate-200">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{s.label}</dt>
          <dd className={`mt-1 text-2xl font-semibold tabular-nums ${s.tone ? TONES[s.tone] : "text-slate-900"}`}>{s.value}</dd>
          {s.detail ? <dd className="mt-0.5 text-xs text-slate-500">{s.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
