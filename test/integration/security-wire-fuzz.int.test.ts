// Bad input at the two wire-format entry points that are not file uploads: the OTLP/HTTP traces receiver (JSON and
// protobuf) and the AI gateway (provider-shaped JSON). Seeded mutations of valid requests — byte damage, and values
// swapped for hostile ones (NUL characters, lone surrogates, huge strings and numbers, deep nesting, __proto__ keys,
// wrong types) — must never get a 5xx nor crash the process; every OTLP batch that is accepted leaves a balanced
// ledger; the gateway answers in the provider's error shape.
import fc from "fast-check";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as appsRoute from "@/app/api/v1/apps/route";
import * as keysRoute from "@/app/api/v1/gateway/keys/route";
import * as integrationsRoute from "@/app/api/v1/integrations/route";
import * as tracesRoute from "@/app/api/v1/otel/v1/traces/route";
import { ProtobufTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { db } from "@/lib/server/db";
import { call, createApiKeyFor, createOrgWithMembers, sessionCookie, uniq } from "../factories";
import { startGatewayServer } from "../helpers/gateway-server";
import { startLlmUpstreamStub } from "../helpers/llm-upstream-stub";
import { recordFigures } from "../security/figures";

process.env.OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
const MUTATIONS = Number(process.env.WIRE_FUZZ_MUTATIONS ?? 300);
const SEED = 20261127;

const HOSTILE = ["a\u0000b", "\ud800", "\udfff tail", "x".repeat(200_000), "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\u202e"];
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE, null, true, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, [], {}, { __proto__: { polluted: 1 } }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(JSON.parse(`${"[".repeat(600)}${"]".repeat(600)}`) as unknown),
);

type Path = (string | number)[];
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** `count` mutated JSON bodies of `valid`: a hostile value at a random place, and sometimes byte damage on top. */
function mutatedBodies(valid: unknown, count: number, seed: number): Buffer[] {
  const all = paths(valid);
  const plan = fc.record({ at: fc.nat(), value: hostileValue, damage: fc.option(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { freq: 3 }) });
  return fc.sample(plan, { numRuns: count, seed }).map(({ at, value, damage }) => {
    const body = Buffer.from(JSON.stringify(setAt(valid, all[at % all.length]!, value)));
    if (!damage) return body;
    const i = damage.at % body.length;
    return Buffer.concat([body.subarray(0, i), Buffer.from([damage.byte]), body.subarray(i + 1)]);
  });
}

const VALID_OTLP = {
  resourceSpans: [{
    resource: { attributes: [{ key: "service.name", value: { stringValue: "support-bot" } }] },
    scopeSpans: [{
      scope: { name: "genai" },
      spans: [{
        traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b7", name: "chat gpt-4o", startTimeUnixNano: "1764230400000000000", endTimeUnixNano: "1764230401000000000",
        attributes: [
          { key: "gen_ai.provider.name", value: { stringValue: "openai" } }, { key: "gen_ai.operation.name", value: { stringValue: "chat" } },
          { key: "gen_ai.request.model", value: { stringValue: "gpt-4o" } }, { key: "gen_ai.usage.input_tokens", value: { intValue: "12" } },
          { key: "gen_ai.input.messages", value: { stringValue: JSON.stringify([{ role: "user", parts: [{ type: "text", content: "hello" }] }]) } },
        ],
      }],
    }],
  }],
};
/** A real protobuf export (the official serializer) of one GenAI span. */
async function protobufExport(): Promise<Buffer> {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ "service.name": "support-bot" }), spanProcessors: [new SimpleSpanProcessor(exporter)] });
  provider.getTracer("genai").startSpan("chat gpt-4o", { attributes: { "gen_ai.provider.name": "openai", "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o", "gen_ai.usage.input_tokens": 12 } }).end();
  await provider.forceFlush();
  return Buffer.from(ProtobufTraceSerializer.serializeRequest(exporter.getFinishedSpans())!);
}

const VALID_CHAT = { model: "gpt-4o-mini", messages: [{ role: "system", content: "Be brief." }, { role: "user", content: [{ type: "text", text: "Summarize the ticket" }] }], max_tokens: 50, stream: false };

describe("bad input at wire-format entry points", () => {
  let orgId: string;
  let apiKey: string;
  beforeAll(async () => {
    const { org, members } = await createOrgWithMembers(["ADMIN"]);
    orgId = org.id;
    apiKey = await createApiKeyFor(org.id, members[0]!.user.id, ["ingestion:write"]);
  });

  it(`OTLP/HTTP traces: ${MUTATIONS} mutated JSON exports and ${Math.round(MUTATIONS / 3)} damaged protobuf exports never get a 5xx, and accepted batches balance`, async () => {
    const statuses: Record<string, number> = {};
    const post = async (body: Buffer, contentType: string) => {
      const res = await call(tracesRoute.POST as never, { method: "POST", path: "/api/v1/otel/v1/traces", apiKey, body: new Uint8Array(body), headers: { "content-type": contentType } });
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
    };
    for (const body of mutatedBodies(VALID_OTLP, MUTATIONS, SEED)) await post(body, "application/json");
    const proto = await protobufExport();
    const damaged = fc.sample(fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }), { numRuns: Math.round(MUTATIONS / 3), seed: SEED });
    for (const flips of damaged) {
      const body = Buffer.from(proto);
      for (const f of flips) body[f.at % body.length] = f.byte;
      await post(body, "application/x-protobuf");
    }
    const files = await db.ingestFile.findMany({ where: { orgId, source: "otlp" }, select: { status: true, lines: true, stored: true, duplicates: true, rejected: true } });
    expect(files.length).toBeGreaterThan(0);
    const unbalanced = files.filter((f) => f.status !== "DONE" || f.lines !== f.stored + f.duplicates + f.rejected);
    expect(unbalanced).toEqual([]);
    recordFigures("wire-fuzz-otlp", { requests: MUTATIONS + damaged.length, statuses: JSON.stringify(statuses), files: files.length, spans_stored: files.reduce((n, f) => n + f.stored, 0), spans_rejected: files.reduce((n, f) => n + f.rejected, 0), seed: SEED });
  }, 300_000);

  describe("AI gateway", () => {
    let stub: Awaited<ReturnType<typeof startLlmUpstreamStub>>;
    let gateway: Awaited<ReturnType<typeof startGatewayServer>>;
    let secret: string;
    beforeAll(async () => {
      stub = await startLlmUpstreamStub({ record: false });
      gateway = await startGatewayServer();
      const { members } = await createOrgWithMembers(["ADMIN"]);
      const admin = (await sessionCookie(members[0]!.user.id)).cookie;
      const app = await call(appsRoute.POST, { method: "POST", cookie: admin, body: { name: `fuzz ${uniq()}` } });
      const integration = await call(integrationsRoute.POST, { method: "POST", cookie: admin, body: { kind: "LLM_PROVIDER", provider: "openai", name: `stub ${uniq()}`, config: { baseUrl: `${stub.url}/v1` }, secrets: { api_key: "sk-proj-fuzz0123456789abcdef" } } });
      const key = await call(keysRoute.POST, { method: "POST", cookie: admin, body: { name: "fuzz", appId: app.json.app?.id ?? app.json.id, integrationId: integration.json.integration.id } });
      secret = key.json.secret as string;
    });
    afterAll(async () => {
      await gateway?.close();
      await stub?.close();
    });

    it(`${MUTATIONS} mutated chat completion requests never get a 5xx from the gateway, and refusals are in OpenAI's error shape`, async () => {
      const statuses: Record<string, number> = {};
      for (const body of mutatedBodies(VALID_CHAT, MUTATIONS, SEED + 1)) {
        const res = await fetch(`${gateway.url}/gateway/openai/v1/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body: new Uint8Array(body) });
        const text = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        expect(res.status, text.slice(0, 300)).toBeLessThan(500);
        if (res.status >= 400) expect(JSON.parse(text), text.slice(0, 300)).toMatchObject({ error: { message: expect.any(String) } });
      }
      // The gateway still serves a normal call with the real SDK afterwards.
      const ok = await new OpenAI({ apiKey: secret, baseURL: `${gateway.url}/gateway/openai/v1`, maxRetries: 0 }).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "still there?" }] });
      expect(ok.choices[0]!.message.content).toContain("still there?");
      recordFigures("wire-fuzz-gateway", { requests: MUTATIONS, statuses: JSON.stringify(statuses), seed: SEED + 1 });
    }, 300_000);
  });
});
