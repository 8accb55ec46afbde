import { logger } from "@/lib/server/logger";
import { enqueue } from "@/lib/queue/queues";

/**
 * Called after a change to posture evidence has committed: queues a debounced recompute of the org (changes in the
 * same 10 s share one job). Best effort: when Redis is away the change stands and the daily recompute catches up.
 */
export async function requestPostureRecompute(orgId: string): Promise<void> {
  await enqueue("posture-recompute", { orgId, trigger: "evidence" }).catch((e: unknown) => logger.warn({ orgId, err: String(e) }, "posture recompute not queued"));
}
