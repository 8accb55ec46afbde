import { describe, expect, it } from "vitest";
import { usageSeries, usageTotals, type UsageRow } from "./usage-totals";

const row = (day: number, key: string | null, costUsd: number, tokens = 10): UsageRow => ({ bucket: new Date(Date.UTC(2025, 2, day)), key, inputTokens: tokens, outputTokens: 1, costUsd, requests: 2 });
const nameOf = (key: string | null) => (key === null ? { key: "unmapped", label: "Unmapped (shadow AI)" } : { key, label: key.toUpperCase() });

describe("usage series and totals", () => {
  it("names keys, the null key as the fallback, and orders by bucket then key", () => {
    const series = usageSeries([row(2, "b", 1), row(1, null, 0.1234567), row(1, "a", 2)], nameOf);
    expect(series.map((p) => [p.bucket.slice(0, 10), p.key, p.label])).toEqual([
      ["2025-03-01", "a", "A"], ["2025-03-01", "unmapped", "Unmapped (shadow AI)"], ["2025-03-02", "b", "B"],
    ]);
    expect(series[1]!.costUsd).toBe(0.123457);
  });

  it("sums per key, most expensive first, ties by tokens", () => {
    const totals = usageTotals(usageSeries([row(1, "a", 1), row(2, "a", 1), row(1, "b", 3), row(1, "c", 0, 50), row(1, "d", 0, 5)], nameOf));
    expect(totals.map((t) => t.key)).toEqual(["b", "a", "c", "d"]);
    expect(totals[1]).toEqual({ key: "a", label: "A", inputTokens: 20, outputTokens: 2, costUsd: 2, requests: 4 });
  });

  it("adds floating costs without drift", () => {
    const totals = usageTotals(usageSeries([row(1, "a", 0.1), row(2, "a", 0.2)], nameOf));
    expect(totals[0]!.costUsd).toBe(0.3);
  });
});
