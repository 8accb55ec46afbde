import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import type { TEventFacets } from "../schemas";
import { resolveRange } from "../time-range";

const MAX_APPS = 500;
const MAX_VALUES = 200;

/** Choices for the explorer's filter selects: the org's apps, and the values seen in the window (default 30 days). */
export const listEventFacets = async ({ ctx, query }: { ctx: Ctx; query: { from?: string; to?: string } }): Promise<TEventFacets> => {
  const { from, to } = resolveRange(query, Date.now(), 30);
  const llm = { orgId: ctx.orgId, time: { gte: from, lte: to } };
  const [apps, providers, requestModels, responseModels, operations, cloudProviders] = await Promise.all([
    db.llmApp.findMany({ where: { orgId: ctx.orgId }, orderBy: { name: "asc" }, take: MAX_APPS, select: { id: true, name: true } }),
    db.llmEvent.groupBy({ by: ["providerName"], where: llm, orderBy: { providerName: "asc" }, take: MAX_VALUES }),
    db.llmEvent.groupBy({ by: ["requestModel"], where: { ...llm, requestModel: { not: null } }, orderBy: { requestModel: "asc" }, take: MAX_VALUES }),
    db.llmEvent.groupBy({ by: ["responseModel"], where: { ...llm, responseModel: { not: null } }, orderBy: { responseModel: "asc" }, take: MAX_VALUES }),
    db.llmEvent.groupBy({ by: ["operationName"], where: llm, orderBy: { operationName: "asc" }, take: MAX_VALUES }),
    db.cloudEvent.groupBy({ by: ["provider"], where: { orgId: ctx.orgId, time: { gte: from, lte: to } }, orderBy: { provider: "asc" }, take: MAX_VALUES }),
  ]);
  const models = [...new Set([...requestModels.map((m) => m.requestModel), ...responseModels.map((m) => m.responseModel)])]
    .filter((m): m is string => m !== null)
    .sort()
    .slice(0, MAX_VALUES);
  return {
    apps,
    providers: providers.map((p) => p.providerName),
    models,
    operations: operations.map((o) => o.operationName),
    cloudProviders: cloudProviders.map((p) => p.provider),
  };
};
