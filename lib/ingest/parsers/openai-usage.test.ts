import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { LLM_FIXTURES, llmOf, openaiUsage } from "./llm-fixtures";
import { openaiUsageParser as p } from "./openai-usage";

describe("openai-usage parser", () => {
  it("splits a usage page into one record per result with its bucket times", () => {
    const records = p.split?.(openaiUsage.completionsPage);
    expect(records).toHaveLength(2);
    expect(records?.[0]).toMatchObject({ object: "organization.usage.completions.result", start_time: 1740787200, end_time: 1740873600 });
    expect(p.split?.({ object: "page", data: [], has_more: false })).toEqual([]);
    expect(p.split?.({ object: "list", data: [] })).toBeNull();
  });

  it("maps a completions usage result: bucket, tokens, request count, project and key", () => {
    const [first] = p.split?.(openaiUsage.completionsPage) ?? [];
    expect(llmOf(p.parse(first!))).toEqual({
      kind: "llm",
      time: "2025-03-01T00:00:00.000Z",
      periodEnd: "2025-03-02T00:00:00.000Z",
      attributes: { "gen_ai.provider.name": "openai", "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o-mini-2024-07-18", "gen_ai.usage.input_tokens": 1200, "gen_ai.usage.output_tokens": 300 },
      identity: { apiKeyId: "key_fake0001", projectId: "proj_fake0001" },
      requestCount: 7,
    });
  });

  it("maps a cost result to costUsd", () => {
    const [cost] = p.split?.(openaiUsage.costsPage) ?? [];
    expect(llmOf(p.parse(cost!))).toMatchObject({ time: "2025-03-01T00:00:00.000Z", costUsd: 1.25, identity: { projectId: "proj_fake0001" }, attributes: { "gen_ai.operation.name": "chat" } });
    const eur = { ...cost!, amount: { value: 3, currency: "eur" } };
    expect(llmOf(p.parse(eur)).costUsd).toBeUndefined();
  });

  it("maps other usage kinds to their operation", () => {
    const base = { start_time: 1740787200, end_time: 1740873600 };
    expect(llmOf(p.parse({ ...base, object: "organization.usage.embeddings.result", input_tokens: 20, num_model_requests: 2 })).attributes["gen_ai.operation.name"]).toBe("embeddings");
    expect(llmOf(p.parse({ ...base, object: "organization.usage.images.result", images: 2, num_model_requests: 2 })).attributes["gen_ai.operation.name"]).toBe("generate_content");
  });

  it("rejects a result without its bucket time, a cost without amount, and other shapes", () => {
    expect(p.parse({ object: "organization.usage.completions.result", input_tokens: 1 })).toEqual({ reason: "missing_field", detail: "start_time" });
    expect(p.parse({ object: "organization.usage.completions.result", start_time: "soon" })).toEqual({ reason: "invalid_value", detail: "start_time" });
    expect(p.parse({ object: "organization.costs.result", start_time: 1740787200 })).toEqual({ reason: "missing_field", detail: "amount.value" });
    expect(p.parse({ object: "page", data: [] })).toEqual({ reason: "wrong_format" });
  });

  it("claims only usage and cost records", () => {
    for (const [source, record] of [...LLM_FIXTURES, ...AUDIT_FIXTURES]) expect(p.matches(record), source).toBe(source === "openai-usage");
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ object: fc.constantFrom("page", "organization.costs.result", "organization.usage.completions.result"), data: fc.jsonValue(), start_time: fc.jsonValue(), amount: fc.jsonValue(), input_tokens: fc.jsonValue() })), (v) => {
        const r = JSON.parse(JSON.stringify(v));
        p.matches(r);
        for (const x of p.split?.(r) ?? [r]) expect(p.parse(x)).toBeDefined();
      }),
    );
  });
});
