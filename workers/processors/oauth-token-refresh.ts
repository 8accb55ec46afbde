import { UnrecoverableError, type Job } from "bullmq";
import { markRefreshFailed, REFRESH_UNREACHABLE_MESSAGE } from "@/lib/oauth/server/mark-refresh-failed";
import { refreshOAuthToken } from "@/lib/oauth/server/refresh-oauth-token";
import { QUEUES, type QueuePayload } from "@/lib/queue/contracts";

/** A refusal by the provider (revoked or expired refresh token) is final: retrying cannot help. */
export async function processOAuthTokenRefresh(job: Job<QueuePayload<"oauth-token-refresh">>) {
  const result = await refreshOAuthToken(QUEUES["oauth-token-refresh"].payload.parse(job.data));
  if (result.outcome === "rejected") throw new UnrecoverableError(result.message);
  return result;
}

/** Retries used up on transient failures (network, 5xx): the integration shows the problem. */
export async function onOAuthTokenRefreshGaveUp(job: Job<QueuePayload<"oauth-token-refresh">>) {
  const payload = QUEUES["oauth-token-refresh"].payload.safeParse(job.data);
  // Also called after a rejection (UnrecoverableError), which already set a more precise ERROR.
  if (payload.success) await markRefreshFailed({ ...payload.data, message: REFRESH_UNREACHABLE_MESSAGE, reason: "unreachable", keepEarlierError: true });
}
