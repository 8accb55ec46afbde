// Metering of one proxied call: a gateway record through ingestion (meter.ts), and its tokens and cost added to the
// key's and app's counters (limits.ts), off the request path.
import { randomUUID } from "node:crypto";
import { anonymize } from "@/lib/dlp/operators";
import { scanWithPolicy } from "@/lib/dlp/policy/scan";
import { costOf, priceFor } from "@/lib/pricing/price";
import { logger } from "@/lib/server/logger";
import type { GatewayDetection } from "@/lib/ingest/types";
import { OPERATION_PROVIDER, OTEL_OPERATION, type GatewayOperation, type UsageFacts } from "../wire";
import type { GatewayKeyConfig } from "./key-config";
import { settleCall } from "./limits";
import { meterCall } from "./meter";
import type { GatewayRequest } from "./gateway-request";

const CONTENT_CAP = 65_536;

export type CallOutcome = {
  status: number; facts: UsageFacts; guardrails: string[]; errorType?: string; completion?: string; detections?: GatewayDetection[];
  /** ms the gateway itself spent (before the upstream request and after its answer arrived). */
  gatewayMs: number;
};

/** Kept content is redacted whatever the policy's action (under ALERT the text went through as it was). */
function redacted(cfg: GatewayKeyConfig, text: string | undefined): string | undefined {
  if (!text) return undefined;
  const capped = text.slice(0, CONTENT_CAP);
  return anonymize(capped, scanWithPolicy(capped, cfg.policy, cfg.custom).filter((f) => f.detector !== "injection"), { type: "replace" });
}

/** Meters a call (a gateway record through ingestion) and adds its tokens and cost to the key's and app's counters. */
export function recordCall(op: GatewayOperation, cfg: GatewayKeyConfig, req: GatewayRequest, model: string | undefined, inputText: string | undefined, outcome: CallOutcome) {
  const f = outcome.facts;
  const now = Date.now();
  const provider = OPERATION_PROVIDER[op];
  const cost = costOf(priceFor(cfg.prices, provider, [f.responseModel, model], new Date(now)), f.inputTokens, f.outputTokens) ?? 0;
  const tokens = (f.inputTokens ?? 0) + (f.outputTokens ?? 0);
  if (tokens > 0 || cost > 0) void settleCall(cfg, tokens, cost, now).catch((e: unknown) => logger.warn({ err: String(e) }, "gateway spend not counted"));
  const source_ip = req.header("x-forwarded-for")?.split(",").pop()?.trim().slice(0, 64);
  const user_agent = req.header("user-agent")?.slice(0, 300) ?? undefined;
  // After the answer has been handed back: the record (and any content scan) is not on the caller's path.
  setImmediate(() => meterCall(cfg.orgId, cfg.id, {
    llmsecops_gateway: 1, request_id: randomUUID(), time: new Date(now).toISOString(), provider, operation: OTEL_OPERATION[op],
    request_model: model, response_model: f.responseModel, response_id: f.responseId, input_tokens: f.inputTokens, output_tokens: f.outputTokens,
    finish_reasons: f.finishReasons, status: outcome.status, error_type: outcome.errorType, latency_ms: Math.round(outcome.gatewayMs * 100) / 100,
    app_id: cfg.appId, key_prefix: cfg.prefix, guardrails: outcome.guardrails, detections: outcome.detections?.slice(0, 50),
    source_ip, user_agent,
    ...(cfg.storeContent ? { prompt: redacted(cfg, inputText), completion: redacted(cfg, outcome.completion) } : {}),
  }));
}

