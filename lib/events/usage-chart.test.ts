import { describe, expect, it } from "vitest";
import { bucketStarts, chartData } from "./usage-chart";
import type { TUsagePoint, TUsageTotal } from "./schemas";

const point = (day: number, key: string, tokens: number, costUsd: number): TUsagePoint => ({
  bucket: new Date(Date.UTC(2025, 2, day)).toISOString(), key, label: key.toUpperCase(), inputTokens: tokens, outputTokens: 0, costUsd, requests: 1,
});
const totalsOf = (points: TUsagePoint[]): TUsageTotal[] => {
  const m = new Map<string, TUsageTotal>();
  for (const p of points) {
    const t = m.get(p.key) ?? { key: p.key, label: p.label, inputTokens: 0, outputTokens: 0, costUsd: 0, requests: 0 };
    m.set(p.key, { ...t, inputTokens: t.inputTokens + p.inputTokens, costUsd: t.costUsd + p.costUsd, requests: t.requests + 1 });
  }
  return [...m.values()];
};

describe("usage chart data", () => {
  it("lists UTC bucket starts across the window", () => {
    expect(bucketStarts("2025-03-01T10:30:00Z", "2025-03-03T01:00:00Z", "day")).toEqual(["2025-03-01T00:00:00.000Z", "2025-03-02T00:00:00.000Z", "2025-03-03T00:00:00.000Z"]);
    expect(bucketStarts("2025-03-01T10:30:00Z", "2025-03-01T12:00:00Z", "hour")).toHaveLength(3);
  });

  it("fills empty buckets with zeros and puts each key in its own k-column", () => {
    const series = [point(1, "gpt-4.1", 10, 1), point(3, "claude", 5, 2)];
    const { columns, rows } = chartData({ series, totals: totalsOf(series), from: "2025-03-01T00:00:00Z", to: "2025-03-03T12:00:00Z", bucket: "day" }, "tokens");
    expect(columns).toEqual([{ dataKey: "k0", key: "gpt-4.1", label: "GPT-4.1" }, { dataKey: "k1", key: "claude", label: "CLAUDE" }]);
    expect(rows.map((r) => [r.bucket.slice(0, 10), r.k0, r.k1])).toEqual([["2025-03-01", 10, 0], ["2025-03-02", 0, 0], ["2025-03-03", 0, 5]]);
    expect(chartData({ series, totals: totalsOf(series), from: "2025-03-01T00:00:00Z", to: "2025-03-01T12:00:00Z", bucket: "day" }, "cost").columns[0]!.key).toBe("claude");
  });

  it("folds the smallest keys into Other and drops keys with nothing to show", () => {
    const series = [point(1, "a", 50, 0), point(1, "b", 40, 0), point(1, "c", 30, 0), point(1, "d", 20, 0), point(1, "e", 0, 0)];
    const { columns, rows } = chartData({ series, totals: totalsOf(series), from: "2025-03-01T00:00:00Z", to: "2025-03-01T01:00:00Z", bucket: "day" }, "tokens", 3);
    expect(columns.map((c) => c.label)).toEqual(["A", "B", "Other (2)"]);
    expect(rows[0]).toEqual({ bucket: "2025-03-01T00:00:00.000Z", k0: 50, k1: 40, k2: 50 });
  });
});
