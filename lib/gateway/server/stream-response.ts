// A streamed answer (SSE) passed through chunk by chunk: each upstream chunk goes through the provider's stream
// transform (lib/gateway/stream), whose output guard holds back a short look-behind so a secret split across chunks
// is still caught, and is sent on as soon as it is released. The downstream pulls: a slow client slows the read of
// the upstream instead of buffering it. The call is metered when the stream ends, fails or the client leaves.
import type { IncomingMessage } from "node:http";
import { anonymize } from "@/lib/dlp/operators";
import { scanWithPolicy } from "@/lib/dlp/policy/scan";
import type { Finding } from "@/lib/dlp/types";
import type { GuardPolicy } from "../guard";
import { createStreamTransform, type StreamingOperation } from "../stream/provider-streams";
import type { GuardSpan, StreamTextGuardOptions } from "../stream/text-guard";
import type { GatewayOperation } from "../wire";
import type { AdmittedCall } from "./admit-call";
import { recordCall } from "./record-call";

type FindingSpan = GuardSpan & { finding: Finding };

/** The app's policy as stream-guard callbacks: what to scan for, what to write instead, when to stop the stream. */
export function streamGuardOptions(guard: GuardPolicy): StreamTextGuardOptions {
  const action = guard.settings.action;
  return {
    scan: (text) => scanWithPolicy(text, guard.settings, guard.custom).map((f): FindingSpan => ({ start: f.start, end: f.end, type: f.type, finding: f })),
    replace: (span, value) => {
      const finding = (span as FindingSpan).finding;
      if (action !== "REDACT" || !finding || finding.detector === "injection") return value;
      return anonymize(value, [{ ...finding, start: 0, end: value.length }], guard.operator);
    },
    block: () => action === "BLOCK",
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

export function streamResponse(op: GatewayOperation, call: AdmittedCall, req: Request, res: IncomingMessage, timing: { started: number; beforeUpstreamMs: number }): Response {
  const transform = createStreamTransform(op as StreamingOperation, streamGuardOptions(call.guard));
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
          if (next.done || transform.facts().blocked) {
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
