import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anthropicUsageParser as p } from "./anthropic-usage";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { anthropicUsage, LLM_FIXTURES, llmOf } from "./llm-fixtures";

describe("anthropic-usage parser", () => {
  it("maps a messages usage row: input = uncached + cache reads + cache writes", () => {
    const rows = p.split?.(anthropicUsage.usageReport) ?? [];
    expect(rows).toHaveLength(1);
    expect(llmOf(p.parse(rows[0]!))).toEqual({
      kind: "llm",
      time: "2025-03-01T00:00:00.000Z",
      periodEnd: "2025-03-02T00:00:00.000Z",
      attributes: { "gen_ai.provider.name": "anthropic", "gen_ai.operation.name": "chat", "gen_ai.request.model": "claude-sonnet-4-20250514", "gen_ai.usage.input_tokens": 1500, "gen_ai.usage.output_tokens": 400 },
      identity: { apiKeyId: "apikey_fake01", projectId: "wrkspc_fake01" },
    });
  });

  it("maps cost rows: amounts are decimal strings in cents", () => {
    const [tokens, search] = (p.split?.(anthropicUsage.costReport) ?? []).map((r) => llmOf(p.parse(r)));
    expect(tokens).toMatchObject({ costUsd: 1.2345, identity: { projectId: "wrkspc_fake01" }, attributes: { "gen_ai.request.model": "claude-sonnet-4-20250514", "gen_ai.operation.name": "chat" } });
    expect(search).toMatchObject({ costUsd: 0.5, attributes: { "gen_ai.operation.name": "execute_tool" } });
  });

  it("rejects rows without their bucket start, unreadable amounts and other shapes", () => {
    expect(p.parse({ output_tokens: 5 })).toEqual({ reason: "missing_field", detail: "starting_at" });
    expect(p.parse({ starting_at: "2025-03-01T00:00:00Z", currency: "USD", amount: "lots" })).toEqual({ reason: "invalid_value", detail: "amount" });
    expect(p.parse({ data: [], has_more: false })).toEqual({ reason: "wrong_format" });
  });

  it("claims only Anthropic usage and cost records", () => {
    for (const [source, record] of [...LLM_FIXTURES, ...AUDIT_FIXTURES]) expect(p.matches(record), source).toBe(source === "anthropic-usage");
    for (const row of p.split?.(anthropicUsage.costReport) ?? []) expect(p.matches(row)).toBe(true);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ starting_at: fc.jsonValue(), amount: fc.jsonValue(), currency: fc.jsonValue(), output_tokens: fc.jsonValue(), cache_creation: fc.jsonValue() })), (v) => {
        const r = JSON.parse(JSON.stringify(v));
        p.matches(r);
        for (const x of p.split?.(r) ?? [r]) expect(p.parse(x)).toBeDefined();
      }),
    );
  });
});
