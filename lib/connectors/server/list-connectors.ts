import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { PULL_KEY_PURPOSES, PULL_PROVIDERS, PULL_SOURCE, type PullProvider } from "../providers";
import type { TConnector } from "../schemas";
import { readPullState, toPullStateDto } from "./pull-state";

/** The org's OpenAI and Anthropic integrations with their pull state (no secret, not even its last four). */
export const listConnectors = async ({ ctx }: { ctx: Ctx }): Promise<TConnector[]> => {
  const rows = await db.integration.findMany({
    where: { orgId: ctx.orgId, kind: "LLM_PROVIDER", provider: { in: [...PULL_PROVIDERS] } },
    select: { id: true, name: true, provider: true, config: true, secrets: { where: { purpose: { in: [...PULL_KEY_PURPOSES] } }, select: { id: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  const now = Date.now();
  return rows.map((r) => {
    const provider = r.provider as PullProvider;
    return { id: r.id, name: r.name, provider, source: PULL_SOURCE[provider], hasKey: r.secrets.length > 0, pull: toPullStateDto(readPullState(r.config), now) };
  });
};
