// Everything the gateway decides before it calls the provider: who is calling (the virtual key), what they ask for
// (a bounded JSON body, an allowed model, token caps), whether limits and budgets admit it, and the inline DLP
// policy on the input texts. Each refusal is a provider-shaped error response.
import { policyOperator } from "@/lib/dlp/server/redact-text";
import { parseTypedKey, secretMatches } from "@/lib/server/api-key-crypto";
import type { GatewayDetection } from "@/lib/ingest/types";
import { detectionsOf, guardrailLabels, guardText, SCANNED_INPUT, type GuardPolicy, type GuardResult } from "../guard";
import { estimateTokens, gatewayError, OPERATION_PROVIDER, requestedMaxOutput, requestedModel, requestTexts, rewriteRequestTexts, type GatewayOperation } from "../wire";
import { gatewayKeyConfig, type GatewayKeyConfig } from "./key-config";
import { admitCall } from "./limits";
import type { GatewayRequest } from "./gateway-request";

export const MAX_REQUEST_BYTES = Number(process.env.GATEWAY_MAX_REQUEST_BYTES ?? 4 * 1024 * 1024);

export type AdmittedCall = {
  cfg: GatewayKeyConfig;
  body: Record<string, unknown>;
  model: string;
  guard: GuardPolicy;
  guardrails: string[];
  estimatedInputTokens: number;
  inputText: string;
  detections: GatewayDetection[];
  /** ms spent on the limits check (a Redis round trip), for the Server-Timing header. */
  limitsMs: number;
};
/** A refusal: the response to send, and (once the key is known) what to meter about it. */
export type Refusal = { response: Response; cfg?: GatewayKeyConfig; model?: string; guardrails?: string[]; detections?: GatewayDetection[] };

const bearer = (value: string | null) => (value && /^Bearer\s+/i.test(value) ? value.replace(/^Bearer\s+/i, "").trim() : null);

async function readJsonBody(req: GatewayRequest): Promise<Record<string, unknown> | string> {
  if (!/^application\/json\b/i.test(req.header("content-type") ?? "")) return "Send the body as application/json";
  const bytes = await req.body(MAX_REQUEST_BYTES);
  if (bytes === "too_large") return `The body is over the gateway's limit of ${MAX_REQUEST_BYTES} bytes`;
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : "The body must be a JSON object";
  } catch {
    return "Malformed JSON body";
  }
}

/** The output cap an app sets is enforced by asking the provider for no more (when the request does not say). */
function capOutput(op: GatewayOperation, body: Record<string, unknown>, cap: number | null, requested: number | null): string | null {
  if (cap === null || op === "embeddings") return null;
  if (requested !== null && requested > cap) return `max tokens ${requested} is over this app's cap of ${cap} output tokens`;
  if (requested === null) body[op === "responses" ? "max_output_tokens" : "max_tokens"] = cap;
  return null;
}

export async function admitGatewayCall(op: GatewayOperation, req: GatewayRequest): Promise<AdmittedCall | Refusal> {
  const provider = OPERATION_PROVIDER[op];
  const refuse = (kind: Parameters<typeof gatewayError>[1], message: string, extra: Omit<Refusal, "response"> = {}, retryAfter?: number): Refusal =>
    ({ response: gatewayError(provider, kind, message, retryAfter), ...extra });

  const token = provider === "anthropic" ? (req.header("x-api-key") ?? bearer(req.header("authorization"))) : bearer(req.header("authorization"));
  const parsed = token ? parseTypedKey("lgk", token.trim()) : null;
  if (!parsed) return refuse("unauthenticated", "Send a gateway virtual key (lgk_…) as the API key");
  const cfg = await gatewayKeyConfig(parsed.keyId);
  if (!cfg || !secretMatches(parsed.secret, cfg.secretHash)) return refuse("unauthenticated", "Unknown gateway key");
  if (cfg.revoked) return refuse("unauthenticated", "This gateway key has been revoked");
  if (cfg.expiresAt !== null && cfg.expiresAt <= Date.now()) return refuse("unauthenticated", "This gateway key has expired");
  if (cfg.provider !== provider) return refuse("forbidden", `This key calls ${cfg.provider ?? "an unsupported provider"}; use its endpoints under /gateway/${cfg.provider ?? "…"}`);
  if (!cfg.upstream) return refuse("upstream", "The key's provider credential has no API key");

  const body = await readJsonBody(req);
  if (typeof body === "string") return refuse("bad_request", body, { cfg });
  const model = requestedModel(body);
  if (!model) return refuse("bad_request", "The request names no model", { cfg });
  if (cfg.allowedModels && !cfg.allowedModels.has(model)) return refuse("forbidden", `The model ${model} is not allowed for this key`, { cfg, model, guardrails: ["policy:model_not_allowed"] });

  const texts = requestTexts(op, body);
  const estimatedInputTokens = estimateTokens(texts);
  const { maxInputTokens, maxOutputTokens } = cfg.limits;
  if (maxInputTokens !== null && estimatedInputTokens > maxInputTokens) {
    return refuse("bad_request", `About ${estimatedInputTokens} input tokens: over this app's cap of ${maxInputTokens}`, { cfg, model, guardrails: ["limit:max_input_tokens"] });
  }
  const overCap = capOutput(op, body, maxOutputTokens, requestedMaxOutput(body));
  if (overCap) return refuse("bad_request", overCap, { cfg, model, guardrails: ["limit:max_output_tokens"] });

  const limitsStarted = performance.now();
  const verdict = await admitCall(cfg, estimatedInputTokens);
  const limitsMs = performance.now() - limitsStarted;
  if (!verdict.ok) {
    if (verdict.reason === "revoked") return refuse("unauthenticated", "This gateway key has been revoked");
    const what = verdict.reason === "rpm" ? "requests per minute" : verdict.reason === "tpm" ? "tokens per minute" : verdict.reason === "budget_daily" ? "daily budget" : "monthly budget";
    const kind = verdict.reason.startsWith("budget") ? "budget" : "rate_limited";
    return refuse(kind, `Over this ${verdict.scope}'s ${what}: retry in ${verdict.retryAfter} s`, { cfg, model, guardrails: [`limit:${verdict.reason}:${verdict.scope}`] }, verdict.retryAfter);
  }

  const guard: GuardPolicy = { settings: cfg.policy, custom: cfg.custom, operator: policyOperator(cfg.policy.operator, cfg.hashSalt, cfg.orgId) };
  const results: GuardResult[] = [];
  const detections: GatewayDetection[] = [];
  rewriteRequestTexts(op, body, (text) => {
    const result = guardText(text, "input", guard);
    results.push(result);
    detections.push(...detectionsOf("input", text, result, cfg.fingerprint));
    return result.text;
  });
  const guardrails = [...(verdict.unchecked ? ["limits:unchecked"] : []), SCANNED_INPUT, ...results.flatMap((r) => guardrailLabels("input", r))];
  const blocked = results.find((r) => r.action === "block");
  if (blocked) {
    const types = [...new Set(blocked.findings.map((f) => f.type))].join(", ");
    return refuse("blocked", `The request was blocked by the app's DLP policy (${types})`, { cfg, model, guardrails, detections });
  }
  return { cfg, body, model, guard, guardrails, estimatedInputTokens, inputText: results.map((r) => r.text).join("\n"), detections, limitsMs };
}
