import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { awsBedrockInvocationParser as p, bedrockOutput, bedrockPrompt } from "./aws-bedrock-invocation";
import { bedrock, LLM_FIXTURES, llmOf, withField } from "./llm-fixtures";

describe("aws-bedrock-invocation parser", () => {
  it("maps a Converse invocation log: principal, account, region, request id, inference profile", () => {
    expect(llmOf(p.parse(bedrock.converseLog))).toEqual({
      kind: "llm",
      time: "2025-03-04T10:11:12.000Z",
      attributes: {
        "gen_ai.provider.name": "aws.bedrock",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
        "gen_ai.response.id": "0f000000-0000-4000-8000-00000000aaaa",
        "gen_ai.response.finish_reasons": ["end_turn"],
        "gen_ai.usage.input_tokens": 18,
        "gen_ai.usage.output_tokens": 5,
        "server.address": "bedrock-runtime.eu-west-1.amazonaws.com",
      },
      identity: {
        principal: "arn:aws:sts::111122223333:assumed-role/chatbot-role/app-runner",
        projectId: "111122223333",
        deployment: "arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
      },
      prompt: "You are a helpdesk bot.\nReset my VPN token",
      completion: "Open the portal.",
    });
  });

  it("marks guardrail interventions and reads Titan text bodies (token counts from the body)", () => {
    expect(llmOf(p.parse(bedrock.guardrailInvokeLog))).toMatchObject({
      time: "2025-03-04T10:20:00.000Z",
      attributes: { "gen_ai.operation.name": "text_completion", "gen_ai.response.finish_reasons": ["FINISH", "guardrail_intervened"], "gen_ai.usage.input_tokens": 9, "gen_ai.usage.output_tokens": 7 },
      prompt: "How do I bypass the badge reader?",
      completion: "Sorry, I can't help with that.",
    });
  });

  it("concatenates streamed chunks and keeps the error code", () => {
    expect(llmOf(p.parse(bedrock.streamLog))).toMatchObject({
      attributes: { "gen_ai.operation.name": "chat", "error.type": "ThrottlingException", "gen_ai.usage.input_tokens": 4, "gen_ai.usage.output_tokens": 2, "gen_ai.response.finish_reasons": ["end_turn"] },
      completion: "Streamed",
    });
  });

  it("also reads recorded bedrock-runtime calls", () => {
    expect(llmOf(p.parse(bedrock.titanExchange))).toMatchObject({
      time: "2025-03-12T16:00:00.000Z",
      attributes: { "gen_ai.operation.name": "embeddings", "gen_ai.request.model": "amazon.titan-embed-text-v2:0", "gen_ai.usage.input_tokens": 3, "gen_ai.response.id": "0f000000-0000-4000-8000-00000000dddd" },
      identity: { userAgent: "Boto3/1.35.0" },
      prompt: "embed me",
    });
  });

  it("reads the common model families", () => {
    expect(bedrockPrompt({ prompt: "<s>[INST] hi [/INST]" })).toBe("<s>[INST] hi [/INST]");
    expect(bedrockPrompt({ messages: [{ role: "user", content: [{ guardContent: { text: { text: "guarded" } } }] }] })).toBe("guarded");
    expect(bedrockOutput({ generation: "llama says", prompt_token_count: 3, generation_token_count: 2, stop_reason: "stop" })).toMatchObject({ completion: "llama says", input: 3, output: 2, finish: ["stop"] });
    expect(bedrockOutput({ generations: [{ text: "cohere says", finish_reason: "COMPLETE" }] })).toMatchObject({ completion: "cohere says", finish: ["COMPLETE"] });
    expect(bedrockOutput({ outputs: [{ text: "mistral says", stop_reason: "stop" }] }).completion).toBe("mistral says");
    expect(bedrockOutput({ choices: [{ message: { role: "assistant", content: "jamba says" }, finish_reason: "stop" }] }).completion).toBe("jamba says");
    expect(bedrockOutput({ type: "message", content: [{ type: "text", text: "claude says" }], usage: { input_tokens: 5, output_tokens: 1 } })).toMatchObject({ completion: "claude says", input: 5 });
  });

  it("rejects a log without timestamp or model, and other shapes", () => {
    const { timestamp: _t, ...noTime } = bedrock.converseLog;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "timestamp" });
    const { modelId: _m, ...noModel } = bedrock.converseLog;
    expect(p.parse(noModel)).toEqual({ reason: "missing_field", detail: "modelId" });
    expect(p.parse({ schemaType: "Other" })).toEqual({ reason: "wrong_format" });
  });

  it("claims only Bedrock invocation records", () => {
    for (const [source, record] of [...LLM_FIXTURES, ...AUDIT_FIXTURES]) expect(p.matches(record), source).toBe(source === "aws-bedrock-invocation");
    const badPath = withField(bedrock.titanExchange, "request.uri", "https://bedrock-runtime.us-east-1.amazonaws.com/model/x%E0%A4%A/invoke");
    expect(p.matches(badPath)).toBe(true);
    expect(llmOf(p.parse(badPath)).attributes["gen_ai.request.model"]).toBe("x%E0%A4%A");
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ schemaType: fc.constant("ModelInvocationLog"), timestamp: fc.jsonValue(), modelId: fc.oneof(fc.string(), fc.jsonValue()), operation: fc.jsonValue(), input: fc.record({ inputBodyJson: fc.jsonValue() }), output: fc.record({ outputBodyJson: fc.jsonValue() }) })), (v) => {
        const r = JSON.parse(JSON.stringify(v));
        p.matches(r);
        expect(p.parse(r)).toBeDefined();
      }),
    );
  });
});
