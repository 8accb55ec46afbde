// Fixtures of the events/usage integration tests: LLM events inserted directly, with controlled times and apps.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { uuid7 } from "@/lib/server/uuid7";
import { uniq } from "../factories";

export const HOUR = 3_600_000;

export type LlmFixture = {
  time: Date; appId?: string | null; provider?: string; operation?: string; requestModel?: string | null; responseModel?: string | null;
  inputTokens?: number | null; outputTokens?: number | null; costUsd?: number | null; principal?: string | null; findingCount?: number;
  periodEnd?: Date | null; requestCount?: number | null; id?: string;
};

export async function insertLlmEvent(orgId: string, f: LlmFixture) {
  return db.llmEvent.create({
    data: {
      id: f.id ?? uuid7(f.time.getTime()), orgId, source: "openai", eventHash: `${uniq()}${uniq()}`, time: f.time,
      providerName: f.provider ?? "openai", operationName: f.operation ?? "chat",
      requestModel: f.requestModel === undefined ? "gpt-4o" : f.requestModel, responseModel: f.responseModel ?? null,
      inputTokens: f.inputTokens === undefined ? 100 : f.inputTokens, outputTokens: f.outputTokens === undefined ? 20 : f.outputTokens,
      costUsd: f.costUsd ?? null, principal: f.principal ?? null, appId: f.appId ?? null, findingCount: f.findingCount ?? 0,
      periodEnd: f.periodEnd ?? null, requestCount: f.requestCount ?? null, prompt: "hello", completion: "hi",
    },
    select: { id: true, time: true },
  });
}

export const createApp = (orgId: string, name = `App ${uniq()}`) => db.llmApp.create({ data: { id: randomUUID(), orgId, name }, select: { id: true, name: true } });
