// The AI gateway's own metering records (lib/gateway/server/meter.ts writes them, one per proxied call). Never
// auto-detected and not nameable by uploads or pushes: only the gateway's files are read with this parser, so the
// app it names (the virtual key's) can be trusted.
import type { GatewayDetection, JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { isoTime, num, str } from "./fields";
import { count, llmEvent, safely, strings } from "./llm-common";

/** Version 1 of the record: what meter.ts writes. */
export type GatewayRecord = {
  llmsecops_gateway: 1;
  request_id: string;
  time: string;
  provider: string; // gen_ai.provider.name
  operation: string; // gen_ai.operation.name
  request_model?: string;
  response_model?: string;
  response_id?: string;
  input_tokens?: number;
  output_tokens?: number;
  finish_reasons?: string[];
  status: number;
  error_type?: string;
  latency_ms: number; // added by the gateway (total minus upstream)
  app_id: string;
  key_prefix: string;
  guardrails: string[];
  source_ip?: string;
  user_agent?: string;
  prompt?: string; // only when the org keeps gateway content
  completion?: string;
  detections?: GatewayDetection[];
};

const DETECTORS = new Set(["pii", "secret", "injection", "safety", "custom"]);
const ACTIONS = new Set(["alert", "redact", "block"]);
const strs = (v: JsonValue | undefined) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").slice(0, 20).map((x) => x.slice(0, 60)) : []);

/** The detections a record carries, the malformed ones left out (at most 50). */
function detections(v: JsonValue | undefined): GatewayDetection[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: GatewayDetection[] = [];
  for (const d of v.slice(0, 50)) {
    if (typeof d !== "object" || d === null || Array.isArray(d)) continue;
    const { direction, action, detector, type, score, start, end, preview, valueHash, tags } = d;
    if ((direction !== "input" && direction !== "output") || !ACTIONS.has(String(action)) || !DETECTORS.has(String(detector))) continue;
    if (typeof type !== "string" || typeof valueHash !== "string" || typeof score !== "number" || typeof start !== "number" || typeof end !== "number") continue;
    const t = typeof tags === "object" && tags !== null && !Array.isArray(tags) ? tags : {};
    out.push({
      direction, action: action as GatewayDetection["action"], detector: detector as GatewayDetection["detector"], type: type.slice(0, 120),
      score: Math.max(0, Math.min(1, score)), start: Math.max(0, start), end: Math.max(0, end), preview: typeof preview === "string" ? preview.slice(0, 40) : "",
      valueHash: valueHash.slice(0, 64), tags: { owasp: strs(t.owasp), atlas: strs(t.atlas), nist: strs(t.nist) },
    });
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseGateway(r: JsonObject): ParseOutcome {
  if (r.llmsecops_gateway !== 1) return { reason: "wrong_format", detail: "not a gateway record (llmsecops_gateway: 1)" };
  const time = isoTime(r.time);
  if (!time) return { reason: "missing_field", detail: "time" };
  const appId = str(r, "app_id");
  if (!appId || !UUID.test(appId)) return { reason: "invalid_value", detail: "app_id" };
  const status = num(r, "status") ?? 0;
  return llmEvent(
    time,
    {
      "gen_ai.provider.name": str(r, "provider") ?? "unknown",
      "gen_ai.operation.name": str(r, "operation") ?? "chat",
      "gen_ai.request.model": str(r, "request_model"),
      "gen_ai.response.model": str(r, "response_model"),
      "gen_ai.response.id": str(r, "response_id"),
      "gen_ai.usage.input_tokens": count(r, "input_tokens"),
      "gen_ai.usage.output_tokens": count(r, "output_tokens"),
      "gen_ai.response.finish_reasons": strings(r.finish_reasons),
      "error.type": str(r, "error_type") ?? (status >= 400 ? String(status) : undefined),
    },
    { apiKeyId: str(r, "key_prefix"), sourceIp: str(r, "source_ip"), userAgent: str(r, "user_agent") },
    { appId, latencyMs: count(r, "latency_ms"), guardrails: strings(r.guardrails), prompt: str(r, "prompt"), completion: str(r, "completion"), detections: detections(r.detections) },
  );
}

export const gatewayParser: SourceParser = {
  source: "gateway",
  label: "AI gateway calls",
  autoDetect: false,
  matches: (r) => r.llmsecops_gateway === 1,
  parse: safely(parseGateway),
};
