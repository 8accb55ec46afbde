import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { anthropicParser as p } from "./anthropic";
import { anthropic, bedrock, LLM_FIXTURES, llmOf, withField } from "./llm-fixtures";

describe("anthropic parser", () => {
  it("maps a /v1/messages exchange; cached input tokens count as input", () => {
    expect(llmOf(p.parse(anthropic.messagesExchange))).toMatchObject({
      time: "2025-03-10T14:00:00.000Z",
      attributes: {
        "gen_ai.provider.name": "anthropic",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "claude-3-5-haiku-latest",
        "gen_ai.response.model": "claude-3-5-haiku-20241022",
        "gen_ai.response.id": "msg_fake_a1",
        "gen_ai.response.finish_reasons": ["end_turn"],
        "gen_ai.usage.input_tokens": 120,
        "gen_ai.usage.output_tokens": 9,
        "server.address": "api.anthropic.com",
      },
      identity: { principal: "user-abc", userAgent: "Anthropic/Python 0.40.0" },
      prompt: "Be brief.\nSummarize ticket T-99.",
      completion: "T-99: printer jam, fixed.",
    });
  });

  it("reads streamed (SSE) responses", () => {
    expect(llmOf(p.parse(anthropic.streamExchange))).toMatchObject({
      attributes: { "gen_ai.response.model": "claude-sonnet-4-5-20250929", "gen_ai.usage.input_tokens": 11, "gen_ai.usage.output_tokens": 5, "gen_ai.response.finish_reasons": ["end_turn"] },
      prompt: "Count to two",
      completion: "One, two.",
    });
  });

  it("maps Claude on Bedrock to aws.bedrock with the model from the URL", () => {
    expect(llmOf(p.parse(anthropic.bedrockInvoke))).toMatchObject({
      attributes: { "gen_ai.provider.name": "aws.bedrock", "gen_ai.request.model": "anthropic.claude-3-haiku-20240307-v1:0", "gen_ai.usage.input_tokens": 12, "server.address": "bedrock-runtime.eu-central-1.amazonaws.com" },
      completion: "Hello back",
    });
  });

  it("maps a bare Message with a wrapper timestamp; tool_use inputs are part of the completion", () => {
    expect(llmOf(p.parse(anthropic.bareMessage))).toMatchObject({
      time: "2025-03-12T09:15:00.000Z",
      attributes: { "gen_ai.provider.name": "anthropic", "gen_ai.response.finish_reasons": ["tool_use"], "gen_ai.usage.input_tokens": 50 },
      completion: 'Done.\n{"q":"quarterly report"}',
    });
  });

  it("maps errors and the legacy /v1/complete endpoint", () => {
    const overloaded = { ...anthropic.messagesExchange, response: { status: 529, headers: { Date: ["Mon, 10 Mar 2025 14:00:00 GMT"] }, body: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } } } };
    expect(llmOf(p.parse(overloaded)).attributes["error.type"]).toBe("overloaded_error");
    const complete = {
      request: { method: "POST", uri: "https://api.anthropic.com/v1/complete", body: { model: "claude-2.1", prompt: "\n\nHuman: hi\n\nAssistant:" } },
      response: { status: 200, headers: { Date: ["Mon, 10 Mar 2025 14:00:00 GMT"] }, body: { type: "completion", completion: " Hello", stop_reason: "stop_sequence", model: "claude-2.1" } },
    };
    expect(llmOf(p.parse(complete))).toMatchObject({ attributes: { "gen_ai.operation.name": "text_completion" }, completion: " Hello" });
  });

  it("rejects a Message without a time, non-model endpoints and other shapes", () => {
    const { timestamp: _t, ...noTime } = anthropic.bareMessage;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "time" });
    const count = withField(anthropic.messagesExchange, "request.uri", "https://api.anthropic.com/v1/messages/count_tokens");
    expect(p.parse(count)).toMatchObject({ reason: "wrong_format" });
    expect(p.parse({ type: "ping" })).toEqual({ reason: "wrong_format" });
  });

  it("claims only Anthropic records (Bedrock Converse and Titan calls are the Bedrock parser's)", () => {
    for (const [source, record] of [...LLM_FIXTURES, ...AUDIT_FIXTURES]) expect(p.matches(record), source).toBe(source === "anthropic");
    expect(p.matches(bedrock.titanExchange)).toBe(false);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ type: fc.constantFrom("message", "completion"), model: fc.string(), content: fc.jsonValue(), usage: fc.jsonValue() }), fc.record({ request: fc.record({ uri: fc.constant("https://api.anthropic.com/v1/messages"), body: fc.jsonValue() }), response: fc.record({ body: fc.oneof(fc.string(), fc.jsonValue()) }) })), (v) => {
        const r = JSON.parse(JSON.stringify(v));
        p.matches(r);
        expect(p.parse(r)).toBeDefined();
      }),
    );
  });
});
