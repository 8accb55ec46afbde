// Usage rows from SQL → the API's series and per-key totals. Pure.
import type { TUsagePoint, TUsageTotal } from "./schemas";

export type UsageRow = { bucket: Date; key: string | null; inputTokens: number; outputTokens: number; costUsd: number; requests: number };

const roundUsd = (n: number) => Math.round(n * 1e6) / 1e6;

/** Totals per key, the most expensive first (then the most tokens, then by label). */
export function usageTotals(points: readonly TUsagePoint[]): TUsageTotal[] {
  const byKey = new Map<string, TUsageTotal>();
  for (const p of points) {
    const t = byKey.get(p.key) ?? { key: p.key, label: p.label, inputTokens: 0, outputTokens: 0, costUsd: 0, requests: 0 };
    t.inputTokens += p.inputTokens;
    t.outputTokens += p.outputTokens;
    t.costUsd += p.costUsd;
    t.requests += p.requests;
    byKey.set(p.key, t);
  }
  return [...byKey.values()]
    .map((t) => ({ ...t, costUsd: roundUsd(t.costUsd) }))
    .sort((a, b) => b.costUsd - a.costUsd || b.inputTokens + b.outputTokens - (a.inputTokens + a.outputTokens) || a.label.localeCompare(b.label));
}

/** Names each row's key (a null key is the group's fallback, e.g. unmapped events) and orders by bucket. */
export function usageSeries(rows: readonly UsageRow[], nameOf: (key: string | null) => { key: string; label: string }): TUsagePoint[] {
  return rows
    .map((r) => ({ bucket: r.bucket.toISOString(), ...nameOf(r.key), inputTokens: r.inputTokens, outputTokens: r.outputTokens, costUsd: roundUsd(r.costUsd), requests: r.requests }))
    .sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : a.key.localeCompare(b.key)));
}
