// The OTLP receiver driven by the real OpenTelemetry exporters (HTTP/JSON and HTTP/protobuf) through a loopback
// HTTP server that hands each request to the route handler.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { SpanStatusCode } from "@opentelemetry/api";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as tracesRoute from "@/app/api/v1/otel/v1/traces/route";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie } from "../factories";

const EMAIL = "jane.doe@example.com";
const answers: { status: number; contentType: string | null; body: Buffer }[] = [];
let server: Server;
let url: string;

async function forward(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  return tracesRoute.POST(new Request(`http://${req.headers.host}${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }), { params: Promise.resolve({}) });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    forward(req)
      .then(async (answer) => {
        const body = Buffer.from(await answer.arrayBuffer());
        answers.push({ status: answer.status, contentType: answer.headers.get("content-type"), body });
        res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" }).end(body);
      })
      .catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/otel/v1/traces`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function sendSpans(exporter: SpanExporter, withBrokenSpan = false) {
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ "service.name": "support-bot" }), spanProcessors: [new BatchSpanProcessor(exporter)] });
  const tracer = provider.getTracer("genai-instrumentation");
  const chat = tracer.startSpan("chat gpt-4o-mini", {
    attributes: {
      "gen_ai.provider.name": "openai", "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o-mini", "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
      "gen_ai.usage.input_tokens": 42, "gen_ai.usage.output_tokens": 7,
      "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: `Please email the invoice to ${EMAIL} today` }] }]),
      "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: "Done." }] }]),
    },
  });
  chat.setStatus({ code: SpanStatusCode.OK });
  chat.end();
  tracer.startSpan("GET /healthz", { attributes: { "http.request.method": "GET" } }).end(); // not GenAI: dropped
  if (withBrokenSpan) tracer.startSpan("mystery", { attributes: { "gen_ai.provider.name": "openai" } }).end(); // no operation
  await provider.forceFlush();
  await provider.shutdown();
}

describe("OTLP/HTTP traces endpoint", () => {
  let apiKey: string;
  let orgId: string;
  beforeAll(async () => {
    const { org, members } = await createOrgWithMembers(["ANALYST"]);
    orgId = org.id;
    apiKey = await createApiKeyFor(org.id, members[0]!.user.id, ["ingestion:write"]);
  });

  it("stores GenAI spans from the OTLP/JSON exporter as redacted LLM events with a DLP finding", async () => {
    answers.length = 0;
    await sendSpans(new JsonExporter({ url, headers: { Authorization: `Bearer ${apiKey}` } }));
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ status: 200 });
    expect(JSON.parse(answers[0]!.body.toString())).toEqual({});
    const events = await db.llmEvent.findMany({ where: { orgId }, select: { source: true, providerName: true, operationName: true, requestModel: true, responseModel: true, inputTokens: true, outputTokens: true, prompt: true, completion: true, findingCount: true, principal: true, traceId: true } });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ source: "otlp", providerName: "openai", operationName: "chat", requestModel: "gpt-4o-mini", responseModel: "gpt-4o-mini-2024-07-18", inputTokens: 42, outputTokens: 7, completion: "Done.", principal: "support-bot" });
    expect(event!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(event!.prompt).toContain("Please email the invoice to");
    expect(event!.prompt).not.toContain(EMAIL);
    expect(event!.findingCount).toBeGreaterThanOrEqual(1);
    const findings = await db.finding.findMany({ where: { orgId }, select: { ruleId: true, evidence: true } });
    expect(findings.map((f) => f.ruleId)).toContain("EMAIL_ADDRESS");
    expect(JSON.stringify(findings)).not.toContain(EMAIL);
    const file = await db.ingestFile.findFirstOrThrow({ where: { orgId }, select: { source: true, via: true, status: true, lines: true, stored: true, rejected: true } });
    expect(file).toEqual({ source: "otlp", via: "API", status: "DONE", lines: 1, stored: 1, rejected: 0 });
    expect(await db.auditEvent.count({ where: { orgId, action: "ingest.otlp_traces_received" } })).toBe(1);
  });

  it("accepts protobuf from the OTLP/proto exporter and reports rejected spans as a partial success", async () => {
    answers.length = 0;
    await sendSpans(new ProtoExporter({ url, headers: { Authorization: `Bearer ${apiKey}` } }), true);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ status: 200, contentType: "application/x-protobuf" });
    const response = ProtobufTraceSerializer.deserializeResponse(answers[0]!.body);
    expect(Number(response.partialSuccess?.rejectedSpans)).toBe(1);
    expect(response.partialSuccess?.errorMessage).toMatch(/missing_field \(gen_ai\.operation\.name\)/);
    const events = await db.llmEvent.findMany({ where: { orgId }, select: { inputTokens: true, prompt: true } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.inputTokens === 42 && !e.prompt?.includes(EMAIL))).toBe(true);
  });

  it("answers JSON partial success, gzip bodies, and refuses bad input, media types, missing keys and scopes", async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN", "MANAGER"]);
    const key = await createApiKeyFor(org.id, members[0]!.user.id, ["ingestion:write"]);
    const readOnly = await createApiKeyFor(org.id, members[0]!.user.id, ["ingestion:read"]);
    const span = (name: string, attrs: Record<string, string>) => ({
      traceId: "5b8efff798038103d269b633813fc60c", spanId: "eee19b7ec3c1b174", name, startTimeUnixNano: "1735689600000000000",
      attributes: Object.entries(attrs).map(([k, v]) => ({ key: k, value: { stringValue: v } })),
    });
    const batch = { resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: "s" }, spans: [span("chat", { "gen_ai.provider.name": "anthropic", "gen_ai.operation.name": "chat", "gen_ai.request.model": "claude-3-haiku" }), span("mystery", { "gen_ai.system": "x" })] }] }] };
    const post = (body: string | Uint8Array, headers: Record<string, string>, k: string | undefined = key) => call(tracesRoute.POST, { method: "POST", apiKey: k, body, headers });
    const partial = await post(JSON.stringify(batch), { "content-type": "application/json" });
    expect(partial.status).toBe(200);
    expect(partial.json.partialSuccess).toMatchObject({ rejectedSpans: 1 });
    const gz = await post(gzipSync(JSON.stringify({ resourceSpans: [] })), { "content-type": "application/json", "content-encoding": "gzip" });
    expect([gz.status, gz.json]).toEqual([200, {}]);
    expect((await post("{nope", { "content-type": "application/json" })).status).toBe(400);
    expect((await post(JSON.stringify({ resourceSpans: 3 }), { "content-type": "application/json" })).status).toBe(400);
    expect((await post(Uint8Array.from([0x0a, 0x7f, 0x01]), { "content-type": "application/x-protobuf" })).status).toBe(400);
    expect((await post("x", { "content-type": "application/json", "content-encoding": "br" })).status).toBe(415);
    expect((await post("{}", { "content-type": "text/plain" })).status).toBe(415);
    expect((await post("{}", { "content-type": "application/json" }, "")).status).toBe(401);
    expect((await post("{}", { "content-type": "application/json" }, readOnly)).status).toBe(403);
    const manager = (await sessionCookie(members[1]!.user.id)).cookie;
    expect((await call(tracesRoute.POST, { method: "POST", cookie: manager, body: "{}", headers: { "content-type": "application/json" } })).status).toBe(403);
  });
});
