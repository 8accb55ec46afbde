// The API rate limit's counter (lib/server/batched-window-counter.ts) against the real Redis: two counters with one
// prefix stand for two web processes sharing a budget.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { BatchedWindowCounter } from "@/lib/server/batched-window-counter";
import { redis } from "@/lib/server/redis";

const counterOf = (prefix: string, client: () => Redis = redis, errors: unknown[] = []) =>
  new BatchedWindowCounter({ prefix, windowSeconds: 10, flushMs: 50, redisBudgetMs: 250, redis: client, onRedisError: (e) => errors.push(e) });
const takeMany = (c: BatchedWindowCounter, scope: string, n: number, max: number, now: number) => Array.from({ length: n }, () => c.take(scope, max, now)).filter(Boolean).length;

describe("batched window counter", () => {
  it("is exact in one process and adds its count to Redis in batches", async () => {
    const prefix = `test-rl:${randomUUID()}`;
    const counter = counterOf(prefix);
    const now = Date.now();
    expect(takeMany(counter, "org-a", 15, 10, now)).toBe(10);
    expect(takeMany(counter, "org-b", 3, 10, now)).toBe(3);
    await counter.flush();
    const window = counter.windowOf(now);
    expect(await redis().get(`${prefix}:org-a:${window}`)).toBe("10");
    expect(await redis().get(`${prefix}:org-b:${window}`)).toBe("3");
    const ttl = await redis().ttl(`${prefix}:org-a:${window}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(20);
    // The next window starts at zero.
    expect(takeMany(counter, "org-a", 12, 10, now + 10_000)).toBe(10);
  });

  it("sends batches on its own a flush interval after a request", async () => {
    const prefix = `test-rl:${randomUUID()}`;
    const counter = counterOf(prefix);
    const now = Date.now();
    takeMany(counter, "org", 4, 10, now);
    const key = `${prefix}:org:${counter.windowOf(now)}`;
    expect(await redis().get(key)).toBeNull();
    await expect.poll(() => redis().get(key), { timeout: 2_000, interval: 20 }).toBe("4");
  });

  it("shares one budget between processes: a second process learns the first one's count from its first batch", async () => {
    const prefix = `test-rl:${randomUUID()}`;
    const first = counterOf(prefix);
    const second = counterOf(prefix);
    const now = Date.now();
    expect(takeMany(first, "org", 6, 10, now)).toBe(6);
    await first.flush();
    expect(takeMany(second, "org", 1, 10, now)).toBe(1);
    await second.flush(); // Redis answers 7
    expect(takeMany(second, "org", 10, 10, now)).toBe(3);
    // The first process still sees 6, so it can overshoot by what it admits before its next batch, and no further.
    const overshoot = takeMany(first, "org", 10, 10, now);
    expect(overshoot).toBe(4);
    await Promise.all([first.flush(), second.flush()]);
    expect(takeMany(first, "org", 5, 10, now) + takeMany(second, "org", 5, 10, now)).toBe(0);
    expect(await redis().get(`${prefix}:org:${first.windowOf(now)}`)).toBe("14");
  });

  it("keeps a budget per process when Redis does not answer", async () => {
    const unreachable = new Redis("redis://127.0.0.1:1", { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    unreachable.on("error", () => {});
    const errors: unknown[] = [];
    const counter = counterOf(`test-rl:${randomUUID()}`, () => unreachable, errors);
    const now = Date.now();
    expect(takeMany(counter, "org", 6, 10, now)).toBe(6);
    await counter.flush();
    expect(errors.length).toBe(1);
    expect(takeMany(counter, "org", 10, 10, now)).toBe(4);
    await counter.flush();
    expect(takeMany(counter, "org", 1, 10, now)).toBe(0);
    unreachable.disconnect();
  });
});
