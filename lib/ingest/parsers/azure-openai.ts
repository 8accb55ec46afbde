// Azure OpenAI (Cognitive Services / AI Foundry) diagnostic logs, as exported by a diagnostic setting (Event
// Hub / storage: camelCase fields, optionally wrapped in {"records":[…]}) or from Log Analytics' AzureDiagnostics
// table (PascalCase fields, properties_s). RequestResponse and AzureOpenAIRequestUsage → LLM events
// (azure.ai.openai); Audit → a cloud event (service Microsoft.CognitiveServices).
import type { CloudEvent, JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { isObject, isoTime } from "./fields";
import { guardedMatch, guardedSplit, jsonBody, llmEvent, safely } from "./llm-common";

const CATEGORIES = new Set(["requestresponse", "azureopenairequestusage", "audit"]);

/** Top-level field by any of its spellings (case-insensitive). */
function field(r: JsonObject, ...names: string[]): JsonValue | undefined {
  for (const name of names) {
    const key = Object.keys(r).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined && r[key] !== null && r[key] !== "") return r[key];
  }
  return undefined;
}
const fieldStr = (r: JsonObject, ...names: string[]) => {
  const v = field(r, ...names);
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
};

/** `properties` as an object: it is often a JSON string; a broken one reads as empty. */
function properties(r: JsonObject): JsonObject {
  const v = jsonBody(field(r, "properties", "properties_s") ?? undefined);
  return isObject(v) ? v : {};
}
const prop = (p: JsonObject, ...names: string[]) => fieldStr(p, ...names);
const tokens = (p: JsonObject, ...names: string[]) => {
  const v = field(p, ...names);
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** Operation names of the Azure OpenAI data plane. Assistants/threads/files/batches calls are not model calls. */
function operationOf(operationName: string | undefined, usage: boolean): string | undefined {
  const op = (operationName ?? "").toLowerCase();
  if (op.startsWith("chatcompletions") || op.startsWith("responses") || op.startsWith("chat")) return "chat";
  if (op.startsWith("completions")) return "text_completion";
  if (op.startsWith("embeddings")) return "embeddings";
  if (op.startsWith("imagegenerations") || op.startsWith("images")) return "generate_content";
  if (/^create_?assistant/.test(op)) return "create_agent";
  if (/^create_?(thread_?and_?)?run/.test(op)) return "invoke_agent";
  return usage ? "chat" : undefined; // a usage record is a model call even when its operation is unfamiliar
}

const resultStatus = (r: JsonObject) => {
  const n = Number(fieldStr(r, "resultSignature", "resultSignature_d"));
  return Number.isFinite(n) && n > 0 ? n : undefined;
};
const subscription = (resourceId: string | undefined) => /\/subscriptions\/([^/]+)/i.exec(resourceId ?? "")?.[1]?.toLowerCase();

function parseAudit(r: JsonObject, time: string, p: JsonObject): ParseOutcome {
  const action = fieldStr(r, "operationName");
  if (!action) return { reason: "missing_field", detail: "operationName" };
  const status = resultStatus(r);
  const resultType = fieldStr(r, "resultType")?.toLowerCase();
  const resourceId = fieldStr(r, "resourceId", "_ResourceId");
  const event: CloudEvent = {
    kind: "cloud",
    time,
    provider: "azure",
    account: subscription(resourceId),
    principal: prop(p, "objectId") ?? fieldStr(r, "identity", "callerObjectId"),
    sourceIp: fieldStr(r, "callerIpAddress"),
    service: "Microsoft.CognitiveServices",
    action,
    resource: resourceId,
    outcome: status !== undefined ? (status < 400 ? "success" : "failure") : resultType === "success" ? "success" : resultType === "failure" ? "failure" : "unknown",
    region: fieldStr(r, "location", "Region"),
  };
  return { event: Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined)) as CloudEvent };
}

function parse(r: JsonObject): ParseOutcome {
  const category = fieldStr(r, "category")?.toLowerCase();
  if (!category || !CATEGORIES.has(category)) return { reason: "wrong_format", detail: category ? `category ${category}` : undefined };
  const time = isoTime(field(r, "time", "TimeGenerated", "timestamp") ?? null);
  if (!time) return { reason: field(r, "time", "TimeGenerated") === undefined ? "missing_field" : "invalid_value", detail: "time" };
  const p = properties(r);
  if (category === "audit") return parseAudit(r, time, p);
  const usage = category === "azureopenairequestusage";
  const operationName = fieldStr(r, "operationName");
  const operation = operationOf(operationName, usage);
  if (!operation) return { reason: "wrong_format", detail: `not a model call: ${operationName ?? "no operationName"}` };
  const status = resultStatus(r);
  const deployment = prop(p, "modelDeploymentName", "deploymentName") ?? fieldStr(r, "modelDeploymentName_s", "ModelDeploymentName");
  return llmEvent(
    time,
    {
      "gen_ai.provider.name": "azure.ai.openai",
      "gen_ai.operation.name": operation,
      "gen_ai.request.model": prop(p, "modelName", "model") ?? fieldStr(r, "modelName_s") ?? deployment,
      "gen_ai.usage.input_tokens": tokens(p, "promptTokens", "inputTokens", "prompt_tokens", "input_tokens"),
      "gen_ai.usage.output_tokens": tokens(p, "completionTokens", "generatedTokens", "outputTokens", "completion_tokens", "output_tokens"),
      "error.type": status !== undefined && status >= 400 ? String(status) : undefined,
    },
    {
      principal: prop(p, "objectId"),
      projectId: fieldStr(r, "resourceId", "_ResourceId"),
      deployment,
      sourceIp: fieldStr(r, "callerIpAddress"),
    },
  );
}

const isCognitive = (r: JsonObject) => /\/providers\/microsoft\.cognitiveservices\//i.test(fieldStr(r, "resourceId", "_ResourceId") ?? "");
const looksLike = (r: JsonObject) => CATEGORIES.has(fieldStr(r, "category")?.toLowerCase() ?? "") && (isCognitive(r) || fieldStr(r, "event") === "ShoeboxCallResult");

export const azureOpenaiParser: SourceParser = {
  source: "azure-openai",
  label: "Azure OpenAI diagnostic logs",
  split: guardedSplit((v) => (Array.isArray(v.records) && v.records.length > 0 && v.records.every((x) => isObject(x) && looksLike(x)) ? (v.records as JsonObject[]) : null)),
  matches: guardedMatch((r) => (looksLike(r) || (Array.isArray(r.records) && isObject(r.records[0]) && looksLike(r.records[0])))),
  parse: safely(parse),
};
