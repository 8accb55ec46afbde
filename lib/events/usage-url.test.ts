import { describe, expect, it } from "vitest";
import { DEFAULT_USAGE_STATE, usageQueryOf, usageStateFromParams, usageStateToParams } from "./usage-url";

describe("usage URL state", () => {
  it("round-trips and ignores unknown values", () => {
    const state = { range: "30d" as const, groupBy: "model" as const };
    expect(usageStateFromParams(Object.fromEntries(usageStateToParams(state)))).toEqual(state);
    expect(usageStateToParams(DEFAULT_USAGE_STATE).toString()).toBe("");
    expect(usageStateFromParams({ range: "1y", groupBy: "user" })).toEqual(DEFAULT_USAGE_STATE);
  });

  it("asks for hourly buckets over the last day", () => {
    expect(usageQueryOf({ range: "24h", groupBy: "app" }, Date.UTC(2025, 0, 2))).toEqual({ from: "2025-01-01T00:00:00.000Z", to: "2025-01-02T00:00:00.000Z", bucket: "hour", groupBy: "app" });
  });
});
