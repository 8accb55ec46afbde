import { describe, expect, it } from "vitest";
import { createResolver } from "../pipeline/units";
import { INGEST_PARSERS } from ".";
import type { JsonObject } from "../types";
import { gatewayParser } from "./gateway";

const record = {
  llmsecops_gateway: 1, request_id: "r1", time: "2026-11-27T08:00:00.000Z", provider: "openai", operation: "chat", request_model: "gpt-4o-mini",
  input_tokens: 12, output_tokens: 3, status: 200, latency_ms: 1.5, app_id: "0190a0b0-0000-7000-8000-000000000001", key_prefix: "lgk_abcdefghijkl",
  guardrails: ["scan:input", "input:redact:EMAIL_ADDRESS"],
  detections: [
    { direction: "input", action: "redact", detector: "pii", type: "EMAIL_ADDRESS", score: 1, start: 5, end: 25, preview: "ja…com", valueHash: "abcd", tags: { owasp: ["LLM02"], atlas: [], nist: [] } },
    { direction: "sideways", action: "redact", detector: "pii", type: "X", score: 1, start: 0, end: 1, preview: "", valueHash: "x", tags: {} },
  ],
} as unknown as JsonObject;

describe("gateway metering records", () => {
  it("become LLM events of the named app with latency, guardrails and well-formed detections only", () => {
    const outcome = gatewayParser.parse(record);
    expect("event" in outcome && outcome.event).toMatchObject({
      kind: "llm", appId: record.app_id, latencyMs: 1.5, guardrails: record.guardrails,
      attributes: { "gen_ai.provider.name": "openai", "gen_ai.usage.input_tokens": 12 }, identity: { apiKeyId: "lgk_abcdefghijkl" },
    });
    expect("event" in outcome && outcome.event.kind === "llm" && outcome.event.detections).toHaveLength(1);
    expect(gatewayParser.parse({ ...record, app_id: "not-a-uuid" })).toEqual({ reason: "invalid_value", detail: "app_id" });
  });

  it("are never auto-detected: only a file named as the gateway's is read with its parser", () => {
    expect(createResolver(INGEST_PARSERS, "auto").parserFor(record)).toBe("unknown_format");
    expect(createResolver(INGEST_PARSERS, "gateway").parserFor(record)).toBe(gatewayParser);
  });
});
