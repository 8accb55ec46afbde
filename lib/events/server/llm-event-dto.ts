import type { Prisma } from "@/lib/generated/prisma/client";
import type { TEventFinding, TLlmEventDetail, TLlmEventRow } from "../schemas";

export const llmEventRowSelect = {
  id: true, time: true, source: true, providerName: true, operationName: true, requestModel: true, responseModel: true,
  inputTokens: true, outputTokens: true, costUsd: true, appId: true, principal: true, apiKeyId: true, projectId: true, findingCount: true,
} as const satisfies Prisma.LlmEventSelect;

export const llmEventDetailSelect = {
  ...llmEventRowSelect, fileId: true, responseId: true, requestCount: true, periodEnd: true, deployment: true, sourceIp: true,
  userAgent: true, traceId: true, spanId: true, finishReasons: true, errorType: true, prompt: true, completion: true, raw: true, createdAt: true,
} as const satisfies Prisma.LlmEventSelect;

type RowOf<S extends Prisma.LlmEventSelect> = Prisma.LlmEventGetPayload<{ select: S }>;

const money = (d: Prisma.Decimal | null) => (d === null ? null : Number(d.toString()));

export const toLlmEventRowDto = (r: RowOf<typeof llmEventRowSelect>, appNames: ReadonlyMap<string, string>): TLlmEventRow => ({
  id: r.id, time: r.time.toISOString(), source: r.source, provider: r.providerName, operation: r.operationName,
  requestModel: r.requestModel, responseModel: r.responseModel, inputTokens: r.inputTokens, outputTokens: r.outputTokens,
  costUsd: money(r.costUsd), appId: r.appId, appName: r.appId ? (appNames.get(r.appId) ?? null) : null,
  principal: r.principal, apiKeyId: r.apiKeyId, projectId: r.projectId, findingCount: r.findingCount,
});

export const toLlmEventDetailDto = (r: RowOf<typeof llmEventDetailSelect>, appNames: ReadonlyMap<string, string>, findings: TEventFinding[]): TLlmEventDetail => ({
  ...toLlmEventRowDto(r, appNames),
  fileId: r.fileId, responseId: r.responseId, requestCount: r.requestCount, periodEnd: r.periodEnd?.toISOString() ?? null,
  deployment: r.deployment, sourceIp: r.sourceIp, userAgent: r.userAgent, traceId: r.traceId, spanId: r.spanId,
  finishReasons: r.finishReasons, errorType: r.errorType, prompt: r.prompt, completion: r.completion, raw: r.raw,
  createdAt: r.createdAt.toISOString(), findings,
});
