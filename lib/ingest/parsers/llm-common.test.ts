import { describe, expect, it } from "vitest";
import { anyTime, bound, decode, exchange, header, idless, messagesText, partsText, sseObjects, TEXT_LIMIT } from "./llm-common";

describe("LLM parser helpers", () => {
  it("bounds DLP texts to 64 KiB of UTF-8", () => {
    expect(bound("short")).toBe("short");
    expect(new TextEncoder().encode(bound("a".repeat(100_000))).length).toBe(TEXT_LIMIT);
    expect(new TextEncoder().encode(bound("é".repeat(50_000))).length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(bound("")).toBeUndefined();
  });

  it("reads message content in the providers' shapes", () => {
    expect(partsText([{ type: "text", text: "a" }, { guardContent: { text: { text: "b" } } }, { type: "text", content: "c" }, { type: "image" }])).toBe("a\nb\nc");
    expect(messagesText([{ role: "user", content: "q" }, { role: "assistant", content: "old" }, { role: "tool", content: [{ type: "text", text: "r" }] }], ["assistant"])).toBe("q\nr");
  });

  it("parses SSE data lines, skipping [DONE] and broken lines", () => {
    expect(sseObjects('event: x\ndata: {"a":1}\n\ndata: [DONE]\ndata: {broken\ndata:{"b":2}\n')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("reads HTTP dates, VCR headers and URLs without throwing", () => {
    expect(anyTime("Tue, 27 Feb 2024 11:37:16 GMT")).toBe("2024-02-27T11:37:16.000Z");
    expect(anyTime("2024-02-27 11:37:16")).toBe("2024-02-27T11:37:16.000Z");
    expect(header({ "Content-Type": ["text/plain"], "user-agent": "b'Boto3/1.0'" }, "content-type")).toBe("text/plain");
    expect(header({ "user-agent": "b'Boto3/1.0'" }, "user-agent")).toBe("Boto3/1.0");
    expect(exchange({ request: { uri: "not a url" }, response: {} })).toBeUndefined();
    expect(decode("%E0%A4%A")).toBe("%E0%A4%A");
    expect(idless("/v1/threads/thread_abc123/runs/run_9x")).toBe("/v1/threads/{id}/runs/{id}");
  });
});
