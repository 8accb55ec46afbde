import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURES } from "./audit-fixtures";
import { azureOpenaiParser as p } from "./azure-openai";
import { azureOpenai, eventOf, LLM_FIXTURES, llmOf } from "./llm-fixtures";

const RESOURCE = azureOpenai.requestResponse.resourceId;

describe("azure-openai parser", () => {
  it("maps a RequestResponse record whose properties are a JSON string", () => {
    expect(llmOf(p.parse(azureOpenai.requestResponse))).toEqual({
      kind: "llm",
      time: "2025-01-20T09:00:00.123Z",
      attributes: { "gen_ai.provider.name": "azure.ai.openai", "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o" },
      identity: { projectId: RESOURCE, deployment: "gpt4o-prod", sourceIp: "203.0.113.5" },
    });
  });

  it("maps embeddings calls and failed results", () => {
    expect(llmOf(p.parse(azureOpenai.throttled)).attributes).toMatchObject({ "gen_ai.operation.name": "embeddings", "error.type": "429" });
  });

  it("maps AzureOpenAIRequestUsage token counts", () => {
    expect(llmOf(p.parse(azureOpenai.usage)).attributes).toMatchObject({ "gen_ai.usage.input_tokens": 120, "gen_ai.usage.output_tokens": 30 });
  });

  it("maps Audit records to cloud events", () => {
    expect(eventOf(p.parse(azureOpenai.audit))).toEqual({
      kind: "cloud",
      time: "2025-01-21T06:00:00.000Z",
      provider: "azure",
      account: "aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb",
      principal: "11111111-2222-3333-4444-555555555555",
      service: "Microsoft.CognitiveServices",
      action: "ListKey",
      resource: RESOURCE,
      outcome: "unknown",
      region: "westeurope",
    });
    expect(eventOf(p.parse({ ...azureOpenai.audit, resultSignature: "403" }))).toMatchObject({ outcome: "failure" });
  });

  it("reads Log Analytics exports (PascalCase, properties_s) and {records:[…]} blobs", () => {
    expect(llmOf(p.parse(azureOpenai.logAnalytics))).toMatchObject({
      time: "2025-01-22T10:00:00.000Z",
      attributes: { "gen_ai.operation.name": "text_completion", "gen_ai.request.model": "gpt-35-turbo-instruct" },
      identity: { sourceIp: "198.51.100.20", deployment: "instruct" },
    });
    const blob = { records: [azureOpenai.requestResponse, azureOpenai.audit] };
    expect(p.matches(blob)).toBe(true);
    expect(p.split?.(blob)).toHaveLength(2);
    expect(p.split?.({ records: [{ category: "Administrative", time: "2025-01-01T00:00:00Z" }] })).toBeNull();
  });

  it("rejects non-model operations, a missing time, broken properties and other categories", () => {
    expect(p.parse({ ...azureOpenai.requestResponse, operationName: "Create_Thread" })).toEqual({ reason: "wrong_format", detail: "not a model call: Create_Thread" });
    const { time: _t, ...noTime } = azureOpenai.requestResponse;
    expect(p.parse(noTime)).toEqual({ reason: "missing_field", detail: "time" });
    expect(llmOf(p.parse({ ...azureOpenai.requestResponse, properties: "{not json" })).identity).toEqual({ projectId: RESOURCE, sourceIp: "203.0.113.5" });
    expect(p.parse({ ...azureOpenai.requestResponse, category: "Trace" })).toMatchObject({ reason: "wrong_format" });
  });

  it("claims only Azure OpenAI diagnostic records", () => {
    for (const [source, record] of [...LLM_FIXTURES, ...AUDIT_FIXTURES]) expect(p.matches(record), source).toBe(source === "azure-openai");
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.record({ category: fc.constantFrom("RequestResponse", "Audit", "AzureOpenAIRequestUsage"), time: fc.jsonValue(), operationName: fc.jsonValue(), properties: fc.oneof(fc.string(), fc.jsonValue()), resultSignature: fc.jsonValue() })), (v) => {
        const r = JSON.parse(JSON.stringify(v));
        p.matches(r);
        p.split?.(r);
        expect(p.parse(r)).toBeDefined();
      }),
    );
  });
});
