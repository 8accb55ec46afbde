// Usage series → rows for a stacked chart: one row per bucket (gaps filled with zeros), one column per key,
// the largest keys kept and the rest folded into "Other". Columns are named k0…kN because recharts reads
// dots in a dataKey as a path (model names have dots). Pure.
import type { TUsagePoint, TUsageTotal, UsageBucket } from "./schemas";

export type UsageMetric = "tokens" | "cost";
export type ChartSeries = { dataKey: string; key: string; label: string };
export type ChartRow = { bucket: string } & Record<string, number | string>;

export const OTHER_KEY = "__other__";
const STEP_MS: Record<UsageBucket, number> = { hour: 3_600_000, day: 86_400_000 };

const valueOf = (p: Pick<TUsagePoint, "inputTokens" | "outputTokens" | "costUsd">, metric: UsageMetric) => (metric === "cost" ? p.costUsd : p.inputTokens + p.outputTokens);

/** UTC bucket starts from the one holding `from` to the one holding `to`. */
export function bucketStarts(from: string, to: string, bucket: UsageBucket, max = 1_000): string[] {
  const step = STEP_MS[bucket];
  const start = Math.floor(Date.parse(from) / step) * step;
  const end = Date.parse(to);
  const out: string[] = [];
  for (let t = start; t <= end && out.length < max; t += step) out.push(new Date(t).toISOString());
  return out;
}

export function chartData(
  { series, totals, from, to, bucket }: { series: readonly TUsagePoint[]; totals: readonly TUsageTotal[]; from: string; to: string; bucket: UsageBucket },
  metric: UsageMetric,
  maxKeys = 8,
): { columns: ChartSeries[]; rows: ChartRow[] } {
  const ranked = [...totals].sort((a, b) => valueOf(b, metric) - valueOf(a, metric)).filter((t) => valueOf(t, metric) > 0);
  const kept = ranked.length > maxKeys ? ranked.slice(0, maxKeys - 1) : ranked;
  const columns: ChartSeries[] = kept.map((t, i) => ({ dataKey: `k${i}`, key: t.key, label: t.label }));
  if (ranked.length > kept.length) columns.push({ dataKey: `k${kept.length}`, key: OTHER_KEY, label: `Other (${ranked.length - kept.length})` });
  const columnOf = new Map(columns.map((c) => [c.key, c.dataKey]));
  const otherColumn = columnOf.get(OTHER_KEY);

  const rows = new Map<string, ChartRow>(bucketStarts(from, to, bucket).map((b) => [b, emptyRow(b, columns)]));
  for (const p of series) {
    const column = columnOf.get(p.key) ?? otherColumn;
    if (!column) continue;
    const row = rows.get(p.bucket) ?? emptyRow(p.bucket, columns);
    row[column] = (row[column] as number) + valueOf(p, metric);
    rows.set(p.bucket, row);
  }
  return { columns, rows: [...rows.values()].sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0)) };
}

const emptyRow = (bucket: string, columns: readonly ChartSeries[]): ChartRow => Object.assign({ bucket }, ...columns.map((c) => ({ [c.dataKey]: 0 })));
