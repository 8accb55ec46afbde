import { QUEUE_NAMES } from "@/lib/queue/contracts";
import { getQueue } from "@/lib/queue/queues";
import type { TSystemStatus } from "../schemas";
import { ZWorkerBeat } from "../schemas";
import { checkHealth, listWorkerHeartbeats } from "./check-health";

/** Deployment-wide health and queue depths; failed-job details only for the caller's org (or org-less jobs). */
export const getSystemStatus = async ({ orgId }: { orgId: string }): Promise<TSystemStatus> => {
  const health = await checkHealth();
  const workers = health.checks.redis.ok
    ? (await listWorkerHeartbeats()).flatMap((raw) => {
        const parsed = ZWorkerBeat.safeParse(JSON.parse(raw));
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  const queues = health.checks.redis.ok ? await Promise.all(QUEUE_NAMES.map((name) => queueStatus(name, orgId))) : [];
  return { health, workers, queues };
};

async function queueStatus(name: (typeof QUEUE_NAMES)[number], orgId: string) {
  const queue = getQueue(name);
  const c = await queue.getJobCounts("waiting", "active", "delayed", "failed", "completed", "prioritized");
  const failed = (await queue.getFailed(0, 49)).filter((j) => !j.data?.orgId || j.data.orgId === orgId).slice(0, 10);
  return {
    name,
    counts: { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0, completed: c.completed ?? 0 },
    recentFailures: failed.map((j) => ({
      id: String(j.id), name: j.name, reason: (j.failedReason ?? "").slice(0, 300), attempts: j.attemptsMade,
      failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    })),
  };
}
