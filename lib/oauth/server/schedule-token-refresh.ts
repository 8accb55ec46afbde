import { QUEUES } from "@/lib/queue/contracts";
import { getQueue } from "@/lib/queue/queues";
import { logger } from "@/lib/server/logger";

/** Access tokens are renewed this long before they expire. */
export const REFRESH_LEAD_MS = 5 * 60_000;

/**
 * Queues the refresh for 5 minutes before `accessTokenExpiresAt` (ids only in the payload: the tokens stay
 * in Postgres). Call after the transaction that stored the tokens has committed. A failure to queue is
 * logged, not thrown: the connection itself succeeded.
 */
export async function scheduleTokenRefresh({ orgId, integrationId, accessTokenExpiresAt }: { orgId: string; integrationId: string; accessTokenExpiresAt: Date }) {
  const contract = QUEUES["oauth-token-refresh"];
  const payload = contract.payload.parse({ orgId, integrationId });
  const refreshAt = Math.max(Date.now(), accessTokenExpiresAt.getTime() - REFRESH_LEAD_MS);
  try {
    await getQueue("oauth-token-refresh").add("oauth-token-refresh", payload, {
      jobId: contract.jobId(payload, refreshAt),
      delay: refreshAt - Date.now(),
      attempts: contract.attempts,
      backoff: { type: "exponential", delay: 15_000 },
      removeOnComplete: { count: 1_000 },
      removeOnFail: { count: 5_000 },
    });
  } catch (err) {
    logger.error({ orgId, integrationId, err: String(err) }, "could not schedule the OAuth token refresh");
  }
}
