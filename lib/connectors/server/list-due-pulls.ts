import { db } from "@/lib/server/db";
import { PULL_INTERVAL_MS, PULL_KEY_PURPOSES, PULL_PROVIDERS } from "../providers";
import type { TConnectorPullPayload } from "../schemas";
import { readPullState } from "./pull-state";

/**
 * Integrations (all orgs) whose scheduled pull is due: an OpenAI or Anthropic provider with a key, not pulled
 * within PULL_INTERVAL_MS (or with a sweep left unfinished), not being pulled right now. After the provider
 * refused the key, an integration waits until its key is rotated.
 */
export async function listDuePulls(now = Date.now()): Promise<TConnectorPullPayload[]> {
  const rows = await db.integration.findMany({
    where: {
      kind: "LLM_PROVIDER", provider: { in: [...PULL_PROVIDERS] }, status: { not: "DISCONNECTED" },
      secrets: { some: { purpose: { in: [...PULL_KEY_PURPOSES] } } },
    },
    select: { id: true, orgId: true, config: true, secrets: { where: { purpose: { in: [...PULL_KEY_PURPOSES] } }, select: { lastRotatedAt: true } } },
    orderBy: { id: "asc" },
    take: 5_000,
  });
  return rows
    .filter((r) => {
      const s = readPullState(r.config);
      if (s.scheduled === false) return false;
      if (s.leaseUntil && Date.parse(s.leaseUntil) > now) return false;
      if (s.authFailed) {
        const failedAt = Date.parse(s.lastErrorAt ?? s.lastRunAt ?? "") || 0;
        return r.secrets.some((k) => k.lastRotatedAt.getTime() > failedAt);
      }
      if (s.auditResumeAfter) return true;
      return !s.lastRunAt || now - Date.parse(s.lastRunAt) >= PULL_INTERVAL_MS;
    })
    .map((r) => ({ orgId: r.orgId, integrationId: r.id }));
}
