// Amazon Bedrock model-invocation logs (schemaType "ModelInvocationLog", as delivered to CloudWatch Logs or S3),
// and recorded bedrock-runtime HTTP exchanges (InvokeModel / Converse and their streams). Request and response
// bodies are read for the common model families: Converse, Anthropic, Titan, Nova, Llama, Mistral, Cohere, AI21.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { arr, isObject, str } from "./fields";
import { anyTime, count, decode, errorType, exchange, header, joinTexts, llmEvent, messagesText, numeric, partsText, guardedMatch, safely, strings, idless, type Exchange } from "./llm-common";

const GUARDRAIL = "guardrail_intervened";

export function bedrockPrompt(body: JsonValue | undefined): string | undefined {
  if (!isObject(body)) return undefined;
  return joinTexts([
    partsText(body.system),
    messagesText(body.messages, ["assistant"]),
    str(body, "prompt") ?? str(body, "inputText") ?? str(body, "message"),
    messagesText(body.texts),
  ]);
}

/** Output text of one response body or stream chunk. */
function chunkText(b: JsonValue | undefined): string | undefined {
  if (!isObject(b)) return undefined;
  const list = (path: string, field: string) => joinTexts((arr(b, path) ?? []).map((x) => str(x, field)));
  return (
    partsText(b.output && isObject(b.output) ? b.output.message : undefined) ??
    (Array.isArray(b.content) ? partsText(b.content) : undefined) ??
    str(b, "completion") ??
    list("results", "outputText") ??
    str(b, "outputText") ??
    str(b, "generation") ??
    list("generations", "text") ??
    list("outputs", "text") ??
    joinTexts((arr(b, "choices") ?? []).map((c) => partsText(isObject(c) ? c.message : undefined) ?? str(c, "text"))) ??
    list("completions", "data.text") ??
    str(b, "contentBlockDelta.delta.text") ??
    str(b, "delta.text") ??
    str(b, "text")
  );
}

function finishReasons(b: JsonValue | undefined): string[] {
  if (!isObject(b)) return [];
  const out = [str(b, "stopReason"), str(b, "stop_reason"), str(b, "messageStop.stopReason"), str(b, "delta.stop_reason")];
  for (const [path, field] of [["results", "completionReason"], ["generations", "finish_reason"], ["choices", "finish_reason"], ["outputs", "stop_reason"], ["completions", "finishReason.reason"]] as const)
    for (const x of arr(b, path) ?? []) out.push(str(x, field));
  if (str(b, "amazon-bedrock-guardrailAction") === "INTERVENED") out.push(GUARDRAIL);
  return out.filter((s): s is string => !!s);
}

function bodyTokens(b: JsonValue | undefined): { input?: number; output?: number } {
  const input = count(b, "usage.inputTokens", "metadata.usage.inputTokens", "usage.input_tokens", "message.usage.input_tokens", "prompt_token_count", "inputTextTokenCount", "usage.prompt_tokens", "amazon-bedrock-invocationMetrics.inputTokenCount");
  const output = count(b, "usage.outputTokens", "metadata.usage.outputTokens", "usage.output_tokens", "generation_token_count", "results.0.tokenCount", "usage.completion_tokens", "amazon-bedrock-invocationMetrics.outputTokenCount");
  return { input, output };
}

/** Text, finish reasons and token counts of a response body, or of the chunk list of a streamed one. */
export function bedrockOutput(body: JsonValue | undefined) {
  const chunks = Array.isArray(body) ? body : [body];
  const streamed = Array.isArray(body);
  const texts = chunks.map(chunkText).filter((t): t is string => !!t);
  let input: number | undefined;
  let output: number | undefined;
  for (const c of chunks) {
    const t = bodyTokens(c);
    input = t.input ?? input;
    output = t.output ?? output;
  }
  return { completion: streamed ? joinTexts([texts.join("")]) : joinTexts(texts), finish: chunks.flatMap(finishReasons), input, output };
}

function operationOf(operation: string | undefined, modelId: string, body: JsonValue | undefined): string {
  if (/^converse/i.test(operation ?? "")) return "chat";
  if (/embed/i.test(modelId)) return "embeddings";
  if (/stability\.|titan-image|nova-canvas|nova-reel/i.test(modelId)) return "generate_content";
  if (isObject(body) && Array.isArray(body.messages)) return "chat";
  return isObject(body) && (typeof body.prompt === "string" || typeof body.inputText === "string") ? "text_completion" : "chat";
}

type Call = { time?: string; operation?: string; modelId?: string; region?: string; input: JsonValue | undefined; output: JsonValue | undefined };

function event(call: Call & { time: string }, extra: { inputTokens?: number; outputTokens?: number; requestId?: string; principal?: string; account?: string; error?: string; userAgent?: string }): ParseOutcome {
  if (!call.modelId) return { reason: "missing_field", detail: "modelId" };
  const out = bedrockOutput(call.output);
  const profile = call.modelId.startsWith("arn:") && !call.modelId.includes(":foundation-model/") ? call.modelId : undefined;
  const finish = strings(out.finish);
  return llmEvent(
    call.time,
    {
      "gen_ai.provider.name": "aws.bedrock",
      "gen_ai.operation.name": operationOf(call.operation, call.modelId, call.input),
      "gen_ai.request.model": call.modelId.startsWith("arn:") ? call.modelId.split("/").pop() : call.modelId,
      "gen_ai.response.model": str(call.output, "model"),
      "gen_ai.response.id": extra.requestId,
      "gen_ai.response.finish_reasons": finish,
      "gen_ai.usage.input_tokens": extra.inputTokens ?? out.input,
      "gen_ai.usage.output_tokens": extra.outputTokens ?? out.output,
      "server.address": call.region ? `bedrock-runtime.${call.region}.amazonaws.com` : undefined,
      "error.type": extra.error,
    },
    { principal: extra.principal, projectId: extra.account, deployment: profile, userAgent: extra.userAgent },
    { prompt: bedrockPrompt(call.input), completion: out.completion },
  );
}

function parseLog(r: JsonObject): ParseOutcome {
  if (r.schemaType !== "ModelInvocationLog") return { reason: "wrong_format" };
  const time = anyTime(r.timestamp ?? undefined);
  if (!time) return { reason: r.timestamp === undefined || r.timestamp === null ? "missing_field" : "invalid_value", detail: "timestamp" };
  return event(
    { time, operation: str(r, "operation"), modelId: str(r, "modelId"), region: str(r, "region"), input: r.input && isObject(r.input) ? r.input.inputBodyJson : undefined, output: r.output && isObject(r.output) ? r.output.outputBodyJson : undefined },
    {
      inputTokens: count(r, "input.inputTokenCount"),
      outputTokens: count(r, "output.outputTokenCount"),
      requestId: str(r, "requestId"),
      principal: str(r, "identity.arn"),
      account: str(r, "accountId"),
      error: str(r, "errorCode"),
    },
  );
}

const ROUTE = /^\/model\/(.+)\/(invoke|invoke-with-response-stream|converse|converse-stream)$/;

function parseExchange(x: Exchange): ParseOutcome {
  const m = ROUTE.exec(decode(x.url.pathname));
  if (!m || x.method !== "POST") return { reason: "wrong_format", detail: `not a model call: ${x.method} ${idless(x.url.pathname)}` };
  if (!x.time) return { reason: "missing_field", detail: "time" };
  const region = /^bedrock-runtime(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com$/.exec(x.url.hostname)?.[1];
  return event(
    { time: x.time, operation: m[2], modelId: m[1], region, input: x.req, output: typeof x.res === "string" ? undefined : x.res },
    {
      inputTokens: numeric(header(x.resHeaders, "x-amzn-bedrock-input-token-count")),
      outputTokens: numeric(header(x.resHeaders, "x-amzn-bedrock-output-token-count")),
      requestId: header(x.resHeaders, "x-amzn-requestid"),
      error: header(x.resHeaders, "x-amzn-errortype")?.split(":")[0] ?? errorType(x.status, x.res),
      userAgent: header(x.reqHeaders, "user-agent"),
    },
  );
}

export const awsBedrockInvocationParser: SourceParser = {
  source: "aws-bedrock-invocation",
  label: "Amazon Bedrock model-invocation logs",
  matches: guardedMatch((r) => {
    if (r.schemaType === "ModelInvocationLog") return true;
    const x = exchange(r);
    if (!x || !/^bedrock-runtime/.test(x.url.hostname) || !ROUTE.test(decode(x.url.pathname))) return false;
    // Claude called through InvokeModel with an Anthropic body is the Anthropic parser's record.
    return str(x.req, "anthropic_version") === undefined && !["message", "completion"].includes(str(x.res, "type") ?? "");
  }),
  parse: safely((r) => {
    const x = exchange(r);
    return x ? parseExchange(x) : parseLog(r);
  }),
};
