// Normalized events → column arrays for INSERT … SELECT FROM UNNEST (one round trip per batch).
import { uuid7 } from "@/lib/server/uuid7";
import type { CloudEvent, LlmEvent } from "../types";

const cap = (v: string | undefined, n: number) => (v === undefined ? null : v.slice(0, n));

export type PreparedLlm = { event: LlmEvent; eventHash: string; source: string; appId: string | null; prompt: string | null; completion: string | null; findingCount: number; raw: string | null; costUsd: number | null };
export type PreparedCloud = { event: CloudEvent; eventHash: string; source: string; raw: string | null };

export function llmColumns(rows: readonly PreparedLlm[]) {
  const ids = rows.map((r) => uuid7(Date.parse(r.event.time) || Date.now()));
  const a = (f: (r: PreparedLlm) => unknown) => rows.map(f);
  return {
    ids,
    columns: [
      ids, a((r) => r.source), a((r) => r.eventHash), a((r) => r.event.time),
      a((r) => cap(r.event.attributes["gen_ai.provider.name"], 60)), a((r) => cap(r.event.attributes["gen_ai.operation.name"], 60)),
      a((r) => cap(r.event.attributes["gen_ai.request.model"], 200)), a((r) => cap(r.event.attributes["gen_ai.response.model"], 200)),
      a((r) => cap(r.event.attributes["gen_ai.response.id"], 200)),
      a((r) => intOrNull(r.event.attributes["gen_ai.usage.input_tokens"])), a((r) => intOrNull(r.event.attributes["gen_ai.usage.output_tokens"])),
      a((r) => intOrNull(r.event.requestCount)), a((r) => r.costUsd), a((r) => r.event.periodEnd ?? null),
      a((r) => cap(r.event.identity.principal, 500)), a((r) => cap(r.event.identity.apiKeyId, 200)), a((r) => cap(r.event.identity.projectId, 300)),
      a((r) => cap(r.event.identity.deployment, 200)), a((r) => cap(r.event.identity.sourceIp, 64)), a((r) => cap(r.event.identity.userAgent, 500)),
      a((r) => cap(r.event.traceId, 64)), a((r) => cap(r.event.spanId, 32)),
      a((r) => JSON.stringify(r.event.attributes["gen_ai.response.finish_reasons"] ?? [])), a((r) => cap(r.event.attributes["error.type"], 200)),
      a((r) => r.appId), a((r) => r.prompt), a((r) => r.completion), a((r) => r.findingCount), a((r) => r.raw),
    ],
  };
}

export function cloudColumns(rows: readonly PreparedCloud[]) {
  const ids = rows.map((r) => uuid7(Date.parse(r.event.time) || Date.now()));
  const a = (f: (r: PreparedCloud) => unknown) => rows.map(f);
  return {
    ids,
    columns: [
      ids, a((r) => r.source), a((r) => r.eventHash), a((r) => r.event.time), a((r) => r.event.provider), a((r) => cap(r.event.account, 300)),
      a((r) => cap(r.event.principal, 500)), a((r) => cap(r.event.sourceIp, 64)), a((r) => cap(r.event.userAgent, 500)),
      a((r) => cap(r.event.service, 200) ?? "unknown"), a((r) => cap(r.event.action, 200) ?? "unknown"), a((r) => cap(r.event.resource, 1000)),
      a((r) => r.event.outcome), a((r) => cap(r.event.region, 60)), a((r) => cap(r.event.model, 200)), a((r) => r.raw),
    ],
  };
}

const intOrNull = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? null : Math.max(-2_147_483_648, Math.min(2_147_483_647, Math.round(n))));
