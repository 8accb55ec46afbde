import { hostname } from "node:os";
import type { Redis } from "ioredis";
import { WORKER_HEARTBEAT_KEY_PREFIX, WORKER_HEARTBEAT_TTL_SECONDS } from "@/lib/queue/contracts";

/** Writes a short-lived key every few seconds; /api/health reads it to know a worker is alive. */
export function startHeartbeat(redis: Redis, queues: string[]) {
  const id = `${hostname()}-${process.pid}`;
  const key = `${process.env.QUEUE_PREFIX ?? "llmsecops"}:${WORKER_HEARTBEAT_KEY_PREFIX}${id}`;
  const startedAt = new Date().toISOString();
  const beat = () =>
    redis
      .set(key, JSON.stringify({ id, pid: process.pid, startedAt, at: new Date().toISOString(), queues }), "EX", WORKER_HEARTBEAT_TTL_SECONDS)
      .catch(() => {});
  void beat();
  const timer = setInterval(beat, (WORKER_HEARTBEAT_TTL_SECONDS * 1000) / 3);
  return async () => {
    clearInterval(timer);
    await redis.del(key).catch(() => {});
  };
}
