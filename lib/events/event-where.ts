// Filters as Prisma where clauses, always scoped to one org. Pure.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCloudEventFilters, TLlmEventFilters } from "./schemas";
import { resolveRange } from "./time-range";

const contains = (v: string) => ({ contains: v, mode: "insensitive" as const });

export function llmEventWhere(orgId: string, f: TLlmEventFilters, now = Date.now()): Prisma.LlmEventWhereInput {
  const { from, to } = resolveRange(f, now);
  const and: Prisma.LlmEventWhereInput[] = [];
  if (f.model) and.push({ OR: [{ requestModel: contains(f.model) }, { responseModel: contains(f.model) }] });
  return {
    orgId,
    time: { gte: from, lte: to },
    ...(f.appId ? { appId: f.appId } : f.unmapped ? { appId: null } : {}),
    ...(f.provider ? { providerName: f.provider } : {}),
    ...(f.operation ? { operationName: f.operation } : {}),
    ...(f.principal ? { principal: contains(f.principal) } : {}),
    ...(f.hasFindings === true ? { findingCount: { gt: 0 } } : f.hasFindings === false ? { findingCount: 0 } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

export function cloudEventWhere(orgId: string, f: TCloudEventFilters, now = Date.now()): Prisma.CloudEventWhereInput {
  const { from, to } = resolveRange(f, now);
  return {
    orgId,
    time: { gte: from, lte: to },
    ...(f.provider ? { provider: f.provider } : {}),
    ...(f.principal ? { principal: contains(f.principal) } : {}),
    ...(f.service ? { service: contains(f.service) } : {}),
    ...(f.action ? { action: contains(f.action) } : {}),
    ...(f.outcome ? { outcome: f.outcome } : {}),
  };
}
