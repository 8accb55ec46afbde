import { describe, expect, it } from "vitest";
import { cloudQueryOf, EMPTY_EXPLORER_STATE, explorerStateFromParams, explorerStateToParams, llmQueryOf, switchTab } from "./explorer-url";

const appId = "0195a000-0000-7000-8000-000000000001";
const now = Date.UTC(2025, 2, 10);

describe("events explorer URL state", () => {
  it("round-trips filters through the URL and leaves defaults out", () => {
    expect(explorerStateToParams(EMPTY_EXPLORER_STATE).toString()).toBe("");
    const state = { ...EMPTY_EXPLORER_STATE, range: "30d" as const, app: appId, provider: "openai", model: "gpt-4o", hasFindings: true };
    const params = explorerStateToParams(state);
    expect(params.toString()).toBe(`range=30d&app=${appId}&provider=openai&model=gpt-4o&findings=1`);
    expect(explorerStateFromParams(Object.fromEntries(params))).toEqual(state);
  });

  it("drops values the API would refuse", () => {
    const state = explorerStateFromParams({ tab: "nope", range: "custom", from: "yesterday", to: "2025-01-01T00:00:00Z", app: "x", outcome: "maybe", model: "m".repeat(201) });
    expect(state).toEqual(EMPTY_EXPLORER_STATE);
  });

  it("keeps a valid custom range", () => {
    const state = explorerStateFromParams({ tab: "cloud", range: "custom", from: "2025-01-01T00:00:00.000Z", to: "2025-01-02T00:00:00.000Z", outcome: "failure" });
    expect(state).toMatchObject({ tab: "cloud", range: "custom", from: "2025-01-01T00:00:00.000Z", outcome: "failure" });
    expect(cloudQueryOf(state, now)).toEqual({ from: "2025-01-01T00:00:00.000Z", to: "2025-01-02T00:00:00.000Z", outcome: "failure" });
  });

  it("builds API queries: unmapped apps, presets ending now, no empty values", () => {
    expect(llmQueryOf({ ...EMPTY_EXPLORER_STATE, range: "24h", app: "unmapped", hasFindings: true }, now)).toEqual({
      from: "2025-03-09T00:00:00.000Z", to: "2025-03-10T00:00:00.000Z", unmapped: "true", hasFindings: "true",
    });
    expect(llmQueryOf({ ...EMPTY_EXPLORER_STATE, app: appId, principal: " bot " }, now)).toMatchObject({ appId, principal: "bot" });
  });

  it("switching tabs keeps only the window", () => {
    expect(switchTab({ ...EMPTY_EXPLORER_STATE, range: "30d", provider: "openai" }, "cloud")).toEqual({ ...EMPTY_EXPLORER_STATE, tab: "cloud", range: "30d" });
  });
});
