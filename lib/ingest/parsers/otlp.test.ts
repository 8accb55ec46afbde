import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { LLM_FIXTURES, llmOf, otlp } from "./llm-fixtures";
import { anyValue, otlpParser as p } from "./otlp";

describe("otlp parser", () => {
  it("splits a batch into spans carrying resource and scope", () => {
    const spans = p.split?.(otlp.batch) ?? [];
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatchObject({ spanId: "EEE19B7EC3C1B1AA", scope: { name: "opentelemetry.instrumentation.openai" }, resource: { attributes: [{ key: "service.name" }, { key: "cloud.account.id" }] } });
    expect(p.split?.(otlp.legacySpan)).toBeNull();
  });

  it("maps a gen_ai span with the current conventions", () => {
    const [span] = p.split?.(otlp.batch) ?? [];
    expect(llmOf(p.parse(span!))).toEqual({
      kind: "llm",
      time: "2025-03-10T09:46:40.000Z",
      attributes: {
        "gen_ai.provider.name": "openai",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.response.model": "gpt-4o-2024-08-06",
        "gen_ai.response.id": "chatcmpl-fake0009",
        "gen_ai.response.finish_reasons": ["stop"],
        "gen_ai.usage.input_tokens": 25,
        "gen_ai.usage.output_tokens": 4,
        "server.address": "api.openai.com",
      },
      identity: { principal: "support-bot", projectId: "111122223333" },
      prompt: "Be kind.\nMy SSN is 000-00-0000",
      completion: "Please do not share that.",
      traceId: "5b8efff798038103d269b633813fc6aa",
      spanId: "eee19b7ec3c1b1aa",
    });
  });

  it("maps the older attribute names (gen_ai.system, indexed prompts) and error status", () => {
    expect(llmOf(p.parse(otlp.legacySpan))).toMatchObject({
      attributes: { "gen_ai.provider.name": "anthropic", "gen_ai.operation.name": "chat", "gen_ai.usage.input_tokens": 10, "gen_ai.usage.output_tokens": 3, "error.type": "_OTHER" },
      identity: { principal: "alice@example.com" },
      prompt: "Old style prompt",
      completion: "Old style answer",
    });
  });

  it("reads OTLP AnyValues (intValue as a string or a number)", () => {
    expect(anyValue({ intValue: "42" })).toBe(42);
    expect(anyValue({ intValue: 7 })).toBe(7);
    expect(anyValue({ arrayValue: { values: [{ stringValue: "a" }, { boolValue: true }] } })).toEqual(["a", true]);
    expect(anyValue({ kvlistValue: { values: [{ key: "k", value: { doubleValue: 1.5 } }] } })).toEqual({ k: 1.5 });
    expect(anyValue({ bytesValue: "AAE=" })).toBeUndefined();
  });

  it("rejects spans without gen_ai attributes or start time, and unsplit batches", () => {
    const [, health] = p.split?.(otlp.batch) ?? [];
    expect(p.parse(health!)).toEqual({ reason: "wrong_format", detail: "no gen_ai attributes" });
    const { startTimeUnixNano: _s, ...noTime } = otlp.legacySpan;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "startTimeUnixNano" });
    expect(p.parse(otlp.batch)).toMatchObject({ reason: "wrong_format" });
  });

  it("claims only OTLP records", () => {
    for (const [source, record] of [...LLM_FIXTURES, ...AUDIT_FIXTURES]) expect(p.matches(record), source).toBe(source === "otlp");
  });

  it("never throws on arbitrary JSON", () => {
    const attr = fc.record({ key: fc.oneof(fc.string(), fc.constantFrom("gen_ai.system", "gen_ai.input.messages", "__proto__")), value: fc.jsonValue() });
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ traceId: fc.string(), spanId: fc.string(), startTimeUnixNano: fc.jsonValue(), attributes: fc.array(attr), events: fc.jsonValue() }), fc.record({ resourceSpans: fc.jsonValue() })), (v) => {
        const r = JSON.parse(JSON.stringify(v));
        p.matches(r);
        for (const x of p.split?.(r) ?? [r]) expect(p.parse(x)).toBeDefined();
      }),
    );
  });
});
