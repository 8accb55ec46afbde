import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client";
import { sdkSnippet } from "./key-created";
import { apiFieldErrors as fieldErrors } from "@/components/ui/api-field-errors";
import { dayRows, formatCost, limitsSummary, limitValue, sharePercent, windowOf } from "./usage-data";

const day = (d: string, requests: number, blocked = 0, limited = 0, costUsd = 0) =>
  ({ day: d, requests, inputTokens: 0, outputTokens: 0, costUsd, blocked, redacted: 0, limited, errors: 0 });

describe("dayRows", () => {
  it("fills every UTC day of the window and stacks served + blocked + limited to the requests", () => {
    const rows = dayRows({ from: "2026-03-01T10:00:00.000Z", to: "2026-03-04T10:00:00.000Z", byDay: [day("2026-03-02", 10, 2, 3, 0.5)] });
    expect(rows.map((r) => r.day)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"]);
    expect(rows[1]).toEqual({ day: "2026-03-02", requests: 10, served: 5, blocked: 2, limited: 3, costUsd: 0.5 });
    expect(rows[0]).toEqual({ day: "2026-03-01", requests: 0, served: 0, blocked: 0, limited: 0, costUsd: 0 });
  });

  it("never draws a negative served bar", () => {
    expect(dayRows({ from: "2026-03-01T00:00:00Z", to: "2026-03-01T00:00:00Z", byDay: [day("2026-03-01", 1, 1, 1)] })[0]!.served).toBe(0);
  });
});

describe("fields", () => {
  it("reads blank limits as no limit and anything else as a number for the API to check", () => {
    expect([limitValue(""), limitValue("  "), limitValue(null), limitValue("60"), limitValue("2.5")]).toEqual([null, null, null, 60, 2.5]);
  });

  it("puts API issues on their field, array items on the array's field", () => {
    const error = new ApiError(400, "VALIDATION_FAILED", "Invalid body: allowedModels.1 letters, digits and . : / @ - _ only; rpmLimit Too small: expected number to be >=1", "r");
    expect(fieldErrors(error, ["allowedModels", "rpmLimit"] as const)).toEqual({
      fields: { allowedModels: "letters, digits and . : / @ - _ only", rpmLimit: "Too small: expected number to be >=1" }, form: null,
    });
    expect(fieldErrors(new ApiError(400, "VALIDATION_FAILED", "The gateway calls OpenAI and Anthropic: choose …", null), ["name"] as const))
      .toEqual({ fields: {}, form: "The gateway calls OpenAI and Anthropic: choose …" });
    expect(fieldErrors(null, ["name"] as const)).toEqual({ fields: {}, form: null });
  });

  it("summarizes limits and picks a known window", () => {
    expect(limitsSummary({ rpmLimit: 1200, tpmLimit: null, dailyBudgetUsd: 5, monthlyBudgetUsd: 99.5 })).toEqual(["1.2K req/min", "$5/day", "$99.5/month"]);
    expect(limitsSummary({ rpmLimit: null, tpmLimit: null, dailyBudgetUsd: null, monthlyBudgetUsd: null })).toEqual([]);
    expect([windowOf("30"), windowOf("5"), windowOf(undefined)]).toEqual([30, 7, 7]);
    expect([sharePercent(null), sharePercent(0.4567), sharePercent(1)]).toEqual([null, 45.7, 100]);
    expect([formatCost(0), formatCost(0.000034), formatCost(0.0123), formatCost(1234.5)]).toEqual(["$0.00", "$0.000034", "$0.01", "$1,234.50"]);
  });
});

describe("sdkSnippet", () => {
  it("uses the provider's own SDK with the gateway as base URL", () => {
    expect(sdkSnippet({ provider: "openai", secret: "lgk_x", baseUrl: "https://c.example/gateway/openai/v1" }))
      .toContain('new OpenAI({\n  apiKey: "lgk_x",\n  baseURL: "https://c.example/gateway/openai/v1",\n})');
    expect(sdkSnippet({ provider: "anthropic", secret: "lgk_y", baseUrl: "https://c.example/gateway/anthropic" }))
      .toMatch(/^import Anthropic from "@anthropic-ai\/sdk";[\s\S]*new Anthropic\(\{\n {2}apiKey: "lgk_y",\n {2}baseURL: "https:\/\/c.example\/gateway\/anthropic",/);
  });
});
