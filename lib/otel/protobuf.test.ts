import { SpanStatusCode } from "@opentelemetry/api";
import { JsonTraceSerializer, ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { decodeExportTraceRequest, encodeExportTraceResponse, ProtobufError } from "./protobuf";
import { genAiSpanLines } from "./spans";

async function spans() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ "service.name": "chat-api" }), spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer("test-scope", "1.2.3");
  const span = tracer.startSpan("chat gpt-4o", {
    attributes: {
      "gen_ai.provider.name": "openai", "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o", "gen_ai.usage.input_tokens": 12,
      "gen_ai.usage.output_tokens": -3, "gen_ai.request.temperature": 0.25, "gen_ai.response.finish_reasons": ["stop", "length"], "flag": true,
      "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: "héllo ✓" }] }]),
    },
  });
  span.addEvent("gen_ai.content.prompt", { "gen_ai.prompt": "hi" });
  span.setStatus({ code: SpanStatusCode.ERROR, message: "boom" });
  span.end();
  tracer.startSpan("GET /health").end();
  await provider.forceFlush();
  return exporter.getFinishedSpans();
}

describe("OTLP protobuf decoding", () => {
  it("decodes what the official serializer encodes into the same OTLP/JSON the JSON serializer produces", async () => {
    const finished = await spans();
    const decoded = decodeExportTraceRequest(ProtobufTraceSerializer.serializeRequest(finished)!);
    const json = JSON.parse(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(finished)!));
    const [rs] = decoded.resourceSpans;
    const norm = (list: { key: string; value: Record<string, unknown> }[]) => list.map((kv) => [kv.key, JSON.stringify(kv.value, (_, v) => (typeof v === "number" && Number.isInteger(v) ? String(v) : v))]);
    expect(norm((rs!.resource as { attributes: never }).attributes)).toEqual(norm(json.resourceSpans[0].resource.attributes));
    const ours = (rs!.scopeSpans as { scope: unknown; spans: Record<string, unknown>[] }[])[0]!;
    const theirs = json.resourceSpans[0].scopeSpans[0];
    expect(ours.scope).toMatchObject({ name: "test-scope", version: "1.2.3" });
    for (const [i, span] of ours.spans.entries()) {
      const other = theirs.spans[i];
      for (const key of ["traceId", "spanId", "name", "kind"]) expect(span[key], key).toEqual(other[key]);
      expect(String(span.startTimeUnixNano)).toBe(String(other.startTimeUnixNano));
      expect(norm(span.attributes as never)).toEqual(norm(other.attributes ?? []));
    }
    expect(ours.spans[0]).toMatchObject({ status: { code: 2, message: "boom" }, events: [{ name: "gen_ai.content.prompt" }] });
    expect((ours.spans[0]!.attributes as { key: string; value: unknown }[]).find((a) => a.key === "gen_ai.usage.output_tokens")!.value).toEqual({ intValue: "-3" });
  });

  it("keeps only gen_ai spans, one complete batch per line", async () => {
    const decoded = decodeExportTraceRequest(ProtobufTraceSerializer.serializeRequest(await spans())!);
    const out = genAiSpanLines(decoded)!;
    expect(out).toMatchObject({ total: 2, kept: 1 });
    expect(JSON.parse(out.lines[0]!).resourceSpans[0].scopeSpans[0].spans).toHaveLength(1);
    expect(genAiSpanLines({ resourceSpans: "x" })).toBeNull();
    expect(genAiSpanLines({})).toEqual({ total: 0, kept: 0, lines: [] });
  });

  it("refuses truncated or malformed bytes instead of reading past them", () => {
    expect(() => decodeExportTraceRequest(Uint8Array.from([0x0a, 0x10, 0x01]))).toThrow(ProtobufError);
    expect(() => decodeExportTraceRequest(Uint8Array.from([0x0b]))).toThrow(ProtobufError); // group wire type
    expect(() => decodeExportTraceRequest(Uint8Array.from([0x08, 0x01]))).toThrow(ProtobufError); // field 1 as varint
    expect(() => decodeExportTraceRequest(Uint8Array.from(Array(12).fill(0xff)))).toThrow(ProtobufError);
    const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(n >>> 7)]);
    const field = (tag: number, body: Uint8Array) => Uint8Array.from([tag, ...varint(body.length), ...body]);
    let nested = Uint8Array.from([0x0a, 0x00]); // AnyValue{string_value:""}
    for (let i = 0; i < 40; i++) nested = field(0x2a, field(0x0a, nested)); // AnyValue{array_value:{values:[…]}}
    const request = field(0x0a, field(0x0a, field(0x0a, field(0x12, nested)))); // resource_spans.resource.attributes[0].value
    expect(() => decodeExportTraceRequest(request)).toThrow(/nested too deeply/);
    expect(decodeExportTraceRequest(new Uint8Array(0))).toEqual({ resourceSpans: [] });
  });

  it("encodes responses the official deserializer reads", () => {
    expect(ProtobufTraceSerializer.deserializeResponse(encodeExportTraceResponse(null))).toEqual({});
    const partial = ProtobufTraceSerializer.deserializeResponse(encodeExportTraceResponse({ rejectedSpans: 300, errorMessage: "2 span(s) rejected ✓" }));
    expect(partial.partialSuccess).toMatchObject({ errorMessage: "2 span(s) rejected ✓" });
    expect(Number(partial.partialSuccess!.rejectedSpans)).toBe(300);
  });
});
