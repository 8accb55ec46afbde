// One proxied call: admit it (admit-call.ts), forward it to the key's provider with the upstream credential, filter
// the answer (whole, or streamed chunk by chunk in stream-response.ts), and meter it (meter.ts) and its spend
// (limits.ts) after the answer is on its way.
import type { IncomingMessage } from "node:http";
import type { GatewayDetection } from "@/lib/ingest/types";
import { detectionsOf, guardrailLabels, guardText, type GuardResult } from "../guard";
import { gatewayError, OPERATION_PROVIDER, responseFacts, rewriteResponseTexts, UPSTREAM_PATH, wantsStream, type GatewayOperation } from "../wire";
import { admitGatewayCall, type AdmittedCall, type Refusal } from "./admit-call";
import { recordCall, type CallOutcome } from "./record-call";
import { streamResponse } from "./stream-response";
import { postUpstream, readBody } from "./upstream";
import type { GatewayRequest } from "./gateway-request";

const UPSTREAM_TIMEOUT_MS = Number(process.env.GATEWAY_UPSTREAM_TIMEOUT_MS ?? 120_000);
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
const PASSED_HEADERS = ["anthropic-version", "anthropic-beta", "openai-organization", "openai-project"];

function upstreamHeaders(call: AdmittedCall, req: GatewayRequest): Record<string, string> {
  const { cfg } = call;
  const headers: Record<string, string> = { "content-type": "application/json", accept: wantsStream(call.body) ? "text/event-stream" : "application/json" };
  for (const name of PASSED_HEADERS) {
    const v = req.header(name);
    if (v && v.length <= 200) headers[name] = v;
  }
  if (cfg.provider === "anthropic") {
    headers["x-api-key"] = cfg.upstream!.apiKey;
    headers["anthropic-version"] ??= "2023-06-01";
  } else headers.authorization = `Bearer ${cfg.upstream!.apiKey}`;
  return headers;
}

function meterRefusal(op: GatewayOperation, req: GatewayRequest, refusal: Refusal, started: number) {
  if (!refusal.cfg) return; // no key: nothing to attribute it to
  recordCall(op, refusal.cfg, req, refusal.model, undefined, {
    status: refusal.response.status, facts: { finishReasons: [] }, guardrails: refusal.guardrails ?? [], errorType: `gateway_${refusal.response.status}`, detections: refusal.detections,
    gatewayMs: performance.now() - started,
  });
}

/** Where a call's time went, as a Server-Timing header: the gateway's own work, its limits check, the provider. */
export const serverTiming = (gatewayMs: number, limitsMs: number, upstreamMs: number) =>
  `gateway;dur=${gatewayMs.toFixed(2)}, limits;dur=${limitsMs.toFixed(2)}, upstream;dur=${upstreamMs.toFixed(2)}`;

async function answerWhole(op: GatewayOperation, call: AdmittedCall, req: GatewayRequest, res: IncomingMessage, timing: { started: number; beforeUpstreamMs: number }): Promise<Response> {
  const provider = OPERATION_PROVIDER[op];
  const bytes = await readBody(res, MAX_RESPONSE_BYTES);
  const upstreamDone = performance.now();
  const upstreamMs = upstreamDone - timing.started - timing.beforeUpstreamMs;
  const status = res.statusCode ?? 502;
  const outputDetections: GatewayDetection[] = [];
  const finish = (response: Response, outcome: Omit<CallOutcome, "gatewayMs">) => {
    const gatewayMs = timing.beforeUpstreamMs + (performance.now() - upstreamDone);
    response.headers.set("server-timing", serverTiming(gatewayMs, call.limitsMs, upstreamMs));
    recordCall(op, call.cfg, req, call.model, call.inputText, { detections: [...call.detections, ...outputDetections], ...outcome, gatewayMs });
    return response;
  };
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  } catch {
    return finish(gatewayError(provider, "upstream", `The provider answered ${status} with a body that is not JSON`), { status: 502, facts: { finishReasons: [] }, guardrails: call.guardrails, errorType: "upstream_invalid" });
  }
  if (status >= 400) {
    // The provider's own error, passed through as it is (same status, same shape).
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (res.headers["retry-after"]) headers["retry-after"] = String(res.headers["retry-after"]);
    return finish(new Response(new Uint8Array(bytes), { status, headers }), { status, facts: responseFacts(op, json), guardrails: call.guardrails, errorType: `upstream_${status}` });
  }
  const results: GuardResult[] = [];
  rewriteResponseTexts(op, json, (text) => {
    const result = guardText(text, "output", call.guard);
    results.push(result);
    outputDetections.push(...detectionsOf("output", text, result, call.cfg.fingerprint));
    return result.text;
  });
  const guardrails = [...call.guardrails, ...(op === "embeddings" ? [] : ["scan:output"]), ...results.flatMap((r) => guardrailLabels("output", r))];
  const facts = responseFacts(op, json);
  const blocked = results.find((r) => r.action === "block");
  if (blocked) {
    const types = [...new Set(blocked.findings.map((f) => f.type))].join(", ");
    return finish(gatewayError(provider, "blocked", `The model's answer was blocked by the app's DLP policy (${types})`), { status: 400, facts, guardrails, errorType: "output_blocked" });
  }
  const completion = results.map((r) => r.text).join("\n");
  return finish(Response.json(json, { status }), { status, facts, guardrails, completion });
}

/** The route handler body for one gateway operation. */
export async function handleGatewayCall(op: GatewayOperation, req: GatewayRequest): Promise<Response> {
  const started = performance.now();
  const provider = OPERATION_PROVIDER[op];
  const admitted = await admitGatewayCall(op, req);
  if ("response" in admitted) {
    meterRefusal(op, req, admitted, started);
    return admitted.response;
  }
  const call = admitted;
  const upstreamUrl = `${call.cfg.upstream!.baseUrl}${UPSTREAM_PATH[op]}`;
  const requestSent = performance.now();
  let res: IncomingMessage;
  try {
    res = await postUpstream({ url: upstreamUrl, headers: upstreamHeaders(call, req), body: Buffer.from(JSON.stringify(call.body)), signal: req.signal, timeoutMs: UPSTREAM_TIMEOUT_MS });
  } catch (error) {
    const message = error instanceof Error ? error.message : "The provider could not be reached";
    recordCall(op, call.cfg, req, call.model, call.inputText, { status: 502, facts: { finishReasons: [] }, guardrails: call.guardrails, detections: call.detections, errorType: "upstream_unreachable", gatewayMs: requestSent - started });
    return gatewayError(provider, "upstream", message);
  }
  const timing = { started, beforeUpstreamMs: requestSent - started };
  const isStream = wantsStream(call.body) && (res.statusCode ?? 0) < 400 && /text\/event-stream/i.test(String(res.headers["content-type"] ?? ""));
  try {
    return isStream ? streamResponse(op, call, req, res, timing) : await answerWhole(op, call, req, res, timing);
  } catch (error) {
    res.destroy();
    recordCall(op, call.cfg, req, call.model, call.inputText, { status: 502, facts: { finishReasons: [] }, guardrails: call.guardrails, detections: call.detections, errorType: "upstream_failed", gatewayMs: timing.beforeUpstreamMs });
    return gatewayError(provider, "upstream", error instanceof Error ? error.message : "The provider's answer could not be read");
  }
}
