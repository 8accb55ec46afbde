// OTLP/JSON traces (the body of an OTLP/HTTP JSON export). split: one record per span, carrying its resource
// and instrumentation scope; parse: spans with gen_ai.* attributes (OpenTelemetry GenAI conventions, current and
// older attribute names) become LLM events.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { arr, isObject, isoTime, str } from "./fields";
import { guardedMatch, guardedSplit, joinTexts, jsonBody, llmEvent, partsText, safely, strings } from "./llm-common";

/** The JS value of an OTLP AnyValue ({stringValue} | {intValue: "12"} | {doubleValue} | {boolValue} | {arrayValue} | {kvlistValue}). */
export function anyValue(v: JsonValue | undefined, depth = 0): JsonValue | undefined {
  if (!isObject(v) || depth > 8) return undefined;
  if (typeof v.stringValue === "string") return v.stringValue;
  if (v.intValue !== undefined) {
    const n = Number(v.intValue);
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof v.doubleValue === "number" || typeof v.doubleValue === "string") return Number(v.doubleValue);
  if (typeof v.boolValue === "boolean") return v.boolValue;
  if (isObject(v.arrayValue)) return (arr(v.arrayValue, "values") ?? []).map((x) => anyValue(x, depth + 1) ?? null);
  if (isObject(v.kvlistValue)) return attributeMap(arr(v.kvlistValue, "values"), depth + 1);
  return undefined;
}

/** OTLP key/value list → plain object (prototype-free keys only). */
export function attributeMap(list: JsonValue[] | undefined, depth = 0): JsonObject {
  const out: JsonObject = {};
  for (const kv of list ?? []) {
    const key = str(kv, "key");
    if (!key || key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const value = anyValue(isObject(kv) ? kv.value : undefined, depth);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const attr = (a: JsonObject, ...keys: string[]) => keys.map((k) => a[k]).find((v) => v !== undefined && v !== "");
const text = (a: JsonObject, ...keys: string[]) => {
  const v = attr(a, ...keys);
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
};
const int = (a: JsonObject, ...keys: string[]) => {
  const v = attr(a, ...keys);
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** Older names (gen_ai.system, llm.request.type) normalized to the current conventions. */
const PROVIDERS: Record<string, string> = { "az.ai.openai": "azure.ai.openai", "azure_openai": "azure.ai.openai", "vertex_ai": "gcp.vertex_ai", gemini: "gcp.gemini", bedrock: "aws.bedrock", "aws_bedrock": "aws.bedrock" };
const OPERATIONS: Record<string, string> = { completion: "text_completion", embedding: "embeddings", rerank: "rerank" };
const KNOWN_OPS = new Set(["chat", "text_completion", "embeddings", "generate_content", "execute_tool", "invoke_agent", "create_agent"]);

/** Message texts of gen_ai.input/output.messages (JSON strings) or the older indexed gen_ai.prompt.N.* attributes. */
function messages(a: JsonObject, key: "gen_ai.input.messages" | "gen_ai.output.messages", indexed: string, skipAssistant: boolean): string | undefined {
  const v = a[key];
  const parsed = typeof v === "string" ? jsonBody(v) : v;
  if (Array.isArray(parsed)) {
    const texts = parsed.map((m) => (isObject(m) && skipAssistant && m.role === "assistant" ? undefined : partsText(isObject(m) ? (m.parts ?? m.content) : m)));
    return joinTexts(texts);
  }
  if (typeof parsed === "string") return joinTexts([parsed]);
  const old: string[] = [];
  for (let i = 0; i < 1000 && (a[`${indexed}.${i}.content`] !== undefined || a[`${indexed}.${i}.role`] !== undefined); i++) {
    if (skipAssistant && a[`${indexed}.${i}.role`] === "assistant") continue;
    old.push(text(a, `${indexed}.${i}.content`) ?? "");
  }
  return joinTexts(old);
}

/** Texts carried by span events of the older conventions (gen_ai.content.prompt / gen_ai.content.completion). */
function eventText(span: JsonObject, name: string, key: string): string | undefined {
  return joinTexts((arr(span, "events") ?? []).filter((e) => str(e, "name") === name).map((e) => text(attributeMap(arr(e, "attributes")), key)));
}

function parseSpan(span: JsonObject): ParseOutcome {
  const a = attributeMap(arr(span, "attributes"));
  if (!Object.keys(a).some((k) => k.startsWith("gen_ai."))) return { reason: "wrong_format", detail: "no gen_ai attributes" };
  const time = isoTime(span.startTimeUnixNano ?? null);
  if (!time) return { reason: span.startTimeUnixNano === undefined ? "missing_field" : "invalid_value", detail: "startTimeUnixNano" };
  const system = text(a, "gen_ai.provider.name", "gen_ai.system")?.toLowerCase();
  if (!system) return { reason: "missing_field", detail: "gen_ai.provider.name" };
  const firstWord = str(span, "name")?.split(" ")[0];
  const requestType = text(a, "llm.request.type");
  const operation = text(a, "gen_ai.operation.name") ?? (requestType ? (OPERATIONS[requestType] ?? requestType) : undefined) ?? (firstWord && KNOWN_OPS.has(firstWord) ? firstWord : undefined);
  if (!operation) return { reason: "missing_field", detail: "gen_ai.operation.name" };
  const resource = attributeMap(arr(span, "resource.attributes"));
  const service = text(resource, "service.name");
  const finish = attr(a, "gen_ai.response.finish_reasons", "anthropic.message.stop_reason", "llm.response.finish_reason");
  const failed = str(span, "status.code") === "2" || str(span, "status.code") === "STATUS_CODE_ERROR";
  return llmEvent(
    time,
    {
      "gen_ai.provider.name": PROVIDERS[system] ?? system,
      "gen_ai.operation.name": operation,
      "gen_ai.request.model": text(a, "gen_ai.request.model"),
      "gen_ai.response.model": text(a, "gen_ai.response.model"),
      "gen_ai.response.id": text(a, "gen_ai.response.id"),
      "gen_ai.response.finish_reasons": strings(Array.isArray(finish) ? finish : typeof finish === "string" ? [finish] : undefined),
      "gen_ai.usage.input_tokens": int(a, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"),
      "gen_ai.usage.output_tokens": int(a, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"),
      "gen_ai.conversation.id": text(a, "gen_ai.conversation.id"),
      "server.address": text(a, "server.address"),
      "error.type": text(a, "error.type") ?? (failed ? "_OTHER" : undefined),
    },
    {
      principal: text(a, "enduser.id", "user.id") ?? text(resource, "enduser.id") ?? (service && !service.startsWith("unknown_service") ? service : undefined),
      projectId: text(a, "gcp.project_id") ?? text(resource, "gcp.project_id", "cloud.account.id"),
      deployment: text(a, "gen_ai.azure.deployment", "azure.deployment.name"),
      sourceIp: text(a, "client.address"),
      userAgent: text(a, "user_agent.original"),
    },
    {
      prompt: joinTexts([
        partsText(jsonBody(text(a, "gen_ai.system_instructions"))),
        messages(a, "gen_ai.input.messages", "gen_ai.prompt", true),
        eventText(span, "gen_ai.content.prompt", "gen_ai.prompt"),
      ]),
      completion: joinTexts([messages(a, "gen_ai.output.messages", "gen_ai.completion", false), eventText(span, "gen_ai.content.completion", "gen_ai.completion")]),
      traceId: str(span, "traceId")?.toLowerCase(),
      spanId: str(span, "spanId")?.toLowerCase(),
    },
  );
}

/** {resourceSpans:[…]} → one record per span: {...span, resource:{attributes}, scope:{name, version, attributes}}. */
function split(v: JsonObject): JsonObject[] | null {
  if (!Array.isArray(v.resourceSpans)) return null;
  const out: JsonObject[] = [];
  for (const rs of v.resourceSpans) {
    const resource: JsonObject = { attributes: arr(rs, "resource.attributes") ?? [] };
    for (const ss of arr(rs, "scopeSpans") ?? arr(rs, "instrumentationLibrarySpans") ?? []) {
      const s = isObject(ss) ? (ss.scope ?? ss.instrumentationLibrary) : undefined;
      const scope: JsonObject = { name: str(s, "name") ?? null, version: str(s, "version") ?? null, attributes: arr(s, "attributes") ?? [] };
      for (const span of arr(ss, "spans") ?? []) if (isObject(span)) out.push({ ...span, resource, scope });
    }
  }
  return out;
}

const isSpan = (r: JsonObject) => typeof r.traceId === "string" && typeof r.spanId === "string" && (Array.isArray(r.attributes) || "startTimeUnixNano" in r);

export const otlpParser: SourceParser = {
  source: "otlp",
  label: "OpenTelemetry traces (OTLP/JSON, gen_ai spans)",
  split: guardedSplit(split),
  matches: guardedMatch((r) => (Array.isArray(r.resourceSpans) || isSpan(r))),
  parse: safely((r) => (isSpan(r) ? parseSpan(r) : { reason: "wrong_format", detail: Array.isArray(r.resourceSpans) ? "a trace batch: split it into spans" : undefined })),
};
