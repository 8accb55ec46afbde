import { describe, expect, it } from "vitest";
import { DAY_MS, presetRange, resolveRange } from "./time-range";

const now = Date.UTC(2025, 2, 10, 12);

describe("time ranges", () => {
  it("defaults to the last 7 days before `to` or now", () => {
    expect(resolveRange({}, now)).toEqual({ from: new Date(now - 7 * DAY_MS), to: new Date(now) });
    expect(resolveRange({ to: "2025-01-08T00:00:00Z" }, now).from.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(resolveRange({ from: "2025-01-01T00:00:00Z" }, now, 30).to.getTime()).toBe(now);
  });

  it("turns a preset into an absolute window", () => {
    expect(presetRange("24h", now)).toEqual({ from: "2025-03-09T12:00:00.000Z", to: "2025-03-10T12:00:00.000Z" });
  });
});
