import type { ConnectionOptions } from "bullmq";
import { Redis } from "ioredis";

export const redisUrl = () => process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** Options for BullMQ connections (blocking commands need maxRetriesPerRequest: null). */
export const bullConnectionOptions = (): ConnectionOptions => ({ url: redisUrl(), maxRetriesPerRequest: null });

const globalForRedis = globalThis as unknown as { __redis?: Redis };

/** Shared connection for plain commands (rate limits, heartbeats): fails fast when Redis is down. */
export function redis(): Redis {
  if (!globalForRedis.__redis) {
    const client = new Redis(redisUrl(), { maxRetriesPerRequest: 1, connectTimeout: 2_000, enableOfflineQueue: true });
    client.on("error", () => {}); // surfaced through failing commands and /api/health
    globalForRedis.__redis = client;
  }
  return globalForRedis.__redis;
}
