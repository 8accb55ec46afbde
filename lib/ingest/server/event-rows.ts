// Normalized events → column arrays for INSERT … SELECT FROM UNNEST (one round trip per batch).
import { uuid7 } from "@/lib/server/uuid7";
import type { CloudEvent, LlmEvent } from "../types";

const cap = (v: string | undefined, n: number) => (v === undefined ? null : v.slice(0, n));

export type PreparedLlm = { event: LlmEvent; eventHash: string; source: string; appId: string | null; prompt: string | null; completion: string | null; findingCount: number; raw: string | null; costUsd: number | null };
export type PreparedCloud = { event: CloudEvent; eventHash: string; source: string; raw: string | null };

export function llmColumns(rows: readonly PreparedLlm[]) {
  const ids = rows.map((r) => uuid7(Date.parse(r.event.time) || Date.now()));
  const a = <T,>(f: (r: PreparedLlm) => T) => rows.map(f);
  const attr = (r: PreparedLlm) => r.event.attributes;
  const id = (r: PreparedLlm) => r.event.identity;
  return {
    ids,
    c: {
      source: a((r) => r.source), hash: a((r) => r.eventHash), time: a((r) => r.event.time),
      provider: a((r) => cap(attr(r)["gen_ai.provider.name"], 60)), op: a((r) => cap(attr(r)["gen_ai.operation.name"], 60)),
      reqModel: a((r) => cap(attr(r)["gen_ai.request.model"], 200)), resModel: a((r) => cap(attr(r)["gen_ai.response.model"], 200)),
      resId: a((r) => cap(attr(r)["gen_ai.response.id"], 200)), inTok: a((r) => intOrNull(attr(r)["gen_ai.usage.input_tokens"])),
      outTok: a((r) => intOrNull(attr(r)["gen_ai.usage.output_tokens"])), reqCount: a((r) => intOrNull(r.event.requestCount)),
      cost: a((r) => r.costUsd), periodEnd: a((r) => r.event.periodEnd ?? null),
      principal: a((r) => cap(id(r).principal, 500)), keyId: a((r) => cap(id(r).apiKeyId, 200)), project: a((r) => cap(id(r).projectId, 300)),
      deployment: a((r) => cap(id(r).deployment, 200)), ip: a((r) => cap(id(r).sourceIp, 64)), ua: a((r) => cap(id(r).userAgent, 500)),
      trace: a((r) => cap(r.event.traceId, 64)), span: a((r) => cap(r.event.spanId, 32)),
      finish: a((r) => JSON.stringify(attr(r)["gen_ai.response.finish_reasons"] ?? [])), err: a((r) => cap(attr(r)["error.type"], 200)),
      app: a((r) => r.appId), prompt: a((r) => r.prompt), completion: a((r) => r.completion), findings: a((r) => r.findingCount), raw: a((r) => r.raw),
    },
  };
}

export function cloudColumns(rows: readonly PreparedCloud[]) {
  const ids = rows.map((r) => uuid7(Date.parse(r.event.time) || Date.now()));
  const a = <T,>(f: (r: PreparedCloud) => T) => rows.map(f);
  return {
    ids,
    c: {
      source: a((r) => r.source), hash: a((r) => r.eventHash), time: a((r) => r.event.time), provider: a((r) => r.event.provider),
      account: a((r) => cap(r.event.account, 300)), principal: a((r) => cap(r.event.principal, 500)), ip: a((r) => cap(r.event.sourceIp, 64)),
      ua: a((r) => cap(r.event.userAgent, 500)), service: a((r) => cap(r.event.service, 200) ?? "unknown"), action: a((r) => cap(r.event.action, 200) ?? "unknown"),
      resource: a((r) => cap(r.event.resource, 1000)), outcome: a((r) => r.event.outcome), region: a((r) => cap(r.event.region, 60)),
      model: a((r) => cap(r.event.model, 200)), raw: a((r) => r.raw),
    },
  };
}

const intOrNull = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? null : Math.max(-2_147_483_648, Math.min(2_147_483_647, Math.round(n))));
