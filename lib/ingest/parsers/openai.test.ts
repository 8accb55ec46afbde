import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { LLM_FIXTURES, llmOf, openai, withField } from "./llm-fixtures";
import { openaiParser as p } from "./openai";

describe("openai parser", () => {
  it("maps a chat completion exchange to a chat event with usage, texts and caller identity", () => {
    const e = llmOf(p.parse(openai.chatExchange));
    expect(e).toMatchObject({
      kind: "llm",
      time: "2025-03-05T10:00:00.000Z",
      attributes: {
        "gen_ai.provider.name": "openai",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
        "gen_ai.response.id": "chatcmpl-fake0001",
        "gen_ai.response.finish_reasons": ["stop"],
        "gen_ai.usage.input_tokens": 40,
        "gen_ai.usage.output_tokens": 9,
        "server.address": "api.openai.com",
      },
      identity: { principal: "user-4711", projectId: "proj_fake0001", userAgent: "OpenAI/Python 1.50.0" },
      completion: "INV-1002 cost 12 EUR.",
    });
    expect(e.prompt).toBe("You are the billing assistant.\nWhat did invoice INV-1001 cost?\nAnd INV-1002?");
    expect(JSON.stringify(e)).not.toContain("FAKE-SECRET-TOKEN");
  });

  it("reads an Azure OpenAI streamed exchange: deployment from the URL, concatenated deltas, usage chunk", () => {
    const e = llmOf(p.parse(openai.azureStreamExchange));
    expect(e).toMatchObject({
      time: "2025-03-06T08:30:00.000Z",
      attributes: {
        "gen_ai.provider.name": "azure.ai.openai",
        "gen_ai.request.model": "gpt4o-prod",
        "gen_ai.response.model": "gpt-4o-2024-08-06",
        "gen_ai.response.id": "chatcmpl-fake0002",
        "gen_ai.usage.input_tokens": 8,
        "gen_ai.usage.output_tokens": 2,
        "gen_ai.response.finish_reasons": ["stop"],
      },
      identity: { deployment: "gpt4o-prod" },
      prompt: "Say hi",
      completion: "Hi there",
    });
  });

  it("records failed calls with the provider's error code and parses JSON bodies kept as text", () => {
    const e = llmOf(p.parse(openai.embeddingsRateLimited));
    expect(e.attributes).toMatchObject({ "gen_ai.operation.name": "embeddings", "error.type": "rate_limit_exceeded", "gen_ai.request.model": "text-embedding-3-small" });
    expect(e.prompt).toBe("alpha\nbeta");
  });

  it("maps bare response objects: chat.completion, response, text_completion, embedding list", () => {
    expect(llmOf(p.parse(openai.bareChat))).toMatchObject({
      time: "2025-03-03T11:06:40.000Z",
      attributes: { "gen_ai.operation.name": "chat", "gen_ai.response.finish_reasons": ["tool_calls"], "gen_ai.usage.input_tokens": 30 },
      completion: '{"order":"A-7"}',
    });
    expect(llmOf(p.parse(openai.bareResponse))).toMatchObject({
      attributes: { "gen_ai.operation.name": "chat", "gen_ai.response.model": "gpt-4.1-2025-04-14", "gen_ai.usage.input_tokens": 20, "gen_ai.usage.output_tokens": 2 },
      prompt: "Answer in one line.",
      completion: "Paris.",
    });
    expect(llmOf(p.parse(openai.bareCompletion)).attributes["gen_ai.operation.name"]).toBe("text_completion");
    expect(llmOf(p.parse(openai.embeddingList))).toMatchObject({ time: "2025-03-08T09:00:00.000Z", attributes: { "gen_ai.operation.name": "embeddings", "gen_ai.usage.input_tokens": 3 } });
    const done = { type: "response.completed", sequence_number: 9, response: openai.bareResponse };
    expect(p.matches(done)).toBe(true);
    expect(llmOf(p.parse(done)).completion).toBe("Paris.");
  });

  it("names the provider of OpenAI-compatible hosts", () => {
    const at = (uri: string) => llmOf(p.parse(withField(openai.chatExchange, "request.uri", uri))).attributes["gen_ai.provider.name"];
    expect(at("https://api.deepseek.com/chat/completions")).toBe("deepseek");
    expect(at("https://generativelanguage.googleapis.com/v1beta/openai/chat/completions")).toBe("gcp.gemini");
    expect(at("http://localhost:8000/v1/chat/completions")).toBe("openai");
  });

  it("splits a list of stored chat completions, and nothing else", () => {
    expect(p.split?.({ object: "list", data: [openai.bareChat, openai.bareChat], has_more: false })).toHaveLength(2);
    expect(p.split?.(openai.embeddingList)).toBeNull();
    expect(p.split?.(openai.bareChat)).toBeNull();
  });

  it("rejects calls that are not model calls, records without a time and other shapes", () => {
    expect(p.parse(openai.threadsList)).toEqual({ reason: "wrong_format", detail: "not a model call: GET /v1/threads/{id}/messages" });
    const { timestamp: _t, ...noTime } = openai.embeddingList;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "time" });
    const noDate = withField(withField(openai.chatExchange, "response.headers", {}), "response.body.created", null);
    expect(p.parse(noDate)).toEqual({ reason: "missing_field", detail: "time" });
    expect(p.parse({ object: "thread" })).toEqual({ reason: "wrong_format" });
  });

  it("claims only OpenAI records", () => {
    for (const [source, record] of [...LLM_FIXTURES, ...AUDIT_FIXTURES]) expect(p.matches(record), source).toBe(source === "openai");
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ request: fc.object(), response: fc.object() }), fc.record({ object: fc.constantFrom("chat.completion", "response", "list"), choices: fc.jsonValue(), output: fc.jsonValue(), data: fc.jsonValue() })), (v) => {
        const r = JSON.parse(JSON.stringify(v));
        p.matches(r);
        p.split?.(r);
        expect(p.parse(r)).toBeDefined();
      }),
    );
  });
});
