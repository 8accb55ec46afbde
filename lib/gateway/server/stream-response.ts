// A streamed answer (SSE) passed through chunk by chunk: each upstream chunk goes through the provider's stream
// transform (lib/gateway/stream), whose output guard holds back a short look-behind so a secret split across chunks
// is still caught, and is sent on as soon as it is released. The downstream pulls: a slow client slows the read of
// the upstream instead of buffering it. The call is metered when the stream ends, fails or the client leaves.
import type { IncomingMessage } from "node:http";
import { anonymize } from "@/lib/dlp/operators";
import { scanWithPolicy } from "@/lib/dlp/policy/scan";
import type { Finding } from "@/lib/dlp/types";
import type { GatewayDetection } from "@/lib/ingest/types";
import { toDetection, type GuardPolicy } from "../guard";
import { createStreamTransform, type StreamingOperation } from "../stream/provider-streams";
import type { GuardSpan, StreamTextGuardOptions } from "../stream/text-guard";
import type { GatewayOperation } from "../wire";
import type { AdmittedCall } from "./admit-call";
import { recordCall } from "./record-call";
import type { GatewayRequest } from "./gateway-request";

type FindingSpan = GuardSpan & { finding: Finding; valueHash: string };

/**
 * The app's policy as stream-guard callbacks: what to scan for, what to write instead, when to stop the stream.
 * Each span the guard acts on is also recorded in `detections` (stream offsets; the value only as its HMAC).
 */
export function streamGuardOptions(guard: GuardPolicy, fingerprint: (v: string) => string, detections: GatewayDetection[]): StreamTextGuardOptions {
  const action = guard.settings.action;
  const seen = new Set<string>();
  const note = (span: GuardSpan, acted: "alert" | "redact" | "block") => {
    const f = (span as FindingSpan).finding;
    const key = `${span.start}|${span.type}`;
    if (!f || seen.has(key) || detections.length >= 50) return;
    seen.add(key);
    detections.push({ ...toDetection("output", acted, { ...f, start: span.start, end: span.end }, "", fingerprint), valueHash: (span as FindingSpan).valueHash });
  };
  return {
    scan: (text) => scanWithPolicy(text, guard.settings, guard.custom).map((f): FindingSpan => ({ start: f.start, end: f.end, type: f.type, finding: f, valueHash: fingerprint(text.slice(f.start, f.end)) })),
    replace: (span, value) => {
      const finding = (span as FindingSpan).finding;
      const redact = action === "REDACT" && finding !== undefined && finding.detector !== "injection";
      note(span, redact ? "redact" : "alert");
      return redact ? anonymize(value, [{ ...finding, start: 0, end: value.length }], guard.operator) : value;
    },
    block: (span) => {
      if (action !== "BLOCK") return false;
      note(span, "block");
      return true;
    },
  };
}

function outputLabels(guard: GuardPolicy, redactions: readonly GuardSpan[], blocked: GuardSpan | undefined): string[] {
  const action = guard.settings.action;
  const labels = redactions.map((s) => {
    const injection = (s as FindingSpan).finding?.detector === "injection";
    return `output:${action === "REDACT" && !injection ? "redact" : "alert"}:${s.type}`;
  });
  if (blocked) labels.push(`output:block:${blocked.type}`);
  return [...new Set(labels)].slice(0, 20);
}

export function streamResponse(op: GatewayOperation, call: AdmittedCall, req: GatewayRequest, res: IncomingMessage, timing: { started: number; beforeUpstreamMs: number }): Response {
  const outputDetections: GatewayDetection[] = [];
  const transform = createStreamTransform(op as StreamingOperation, streamGuardOptions(call.guard, call.cfg.fingerprint, outputDetections));
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const chunks = res[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let workMs = 0;
  let finished = false;
  const finish = (status: number, errorType?: string) => {
    if (finished) return;
    finished = true;
    const facts = transform.facts();
    const blocked = facts.blocked;
    recordCall(op, call.cfg, req, call.model, call.inputText, {
      status, errorType: errorType ?? (blocked ? "output_blocked" : undefined), completion: facts.outputText, gatewayMs: timing.beforeUpstreamMs + workMs,
      detections: [...call.detections, ...outputDetections],
      facts: { responseId: facts.responseId, responseModel: facts.responseModel, inputTokens: facts.inputTokens, outputTokens: facts.outputTokens, finishReasons: facts.finishReasons },
      guardrails: [...call.guardrails, "scan:output", ...outputLabels(call.guard, facts.redactions, blocked)],
    });
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          const next = await chunks.next();
          const started = performance.now();
          const out = next.done ? transform.push(decoder.decode()) + transform.end() : transform.push(decoder.decode(next.value, { stream: true }));
          workMs += performance.now() - started;
          if (out) controller.enqueue(encoder.encode(out));
          if (next.done || (out && transform.facts().blocked)) {
            if (!next.done) res.destroy(); // stopped: the rest of the answer is not read
            controller.close();
            finish(200);
            return;
          }
          if (out) return;
        }
      } catch {
        controller.close(); // the upstream failed mid-stream: the client sees the stream end early
        finish(502, "upstream_stream_failed");
      }
    },
    cancel() {
      res.destroy();
      finish(499, "client_closed");
    },
  });
  return new Response(body, {
    status: res.statusCode ?? 200,
    // no-transform keeps compression from buffering the events.
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
