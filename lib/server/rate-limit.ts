import { redis } from "./redis";

export type Limit = { key: string; max: number; windowSeconds: number };

/**
 * Counts an attempt before the work it guards, atomically, so a burst of parallel requests cannot
 * all slip under the limit. The window starts at the first attempt.
 */
export async function reserve({ key, max, windowSeconds }: Limit): Promise<{ limited: boolean; retryAfter: number }> {
  const replies = await redis().multi().incr(key).expire(key, windowSeconds, "NX").ttl(key).exec();
  const count = Number(replies?.[0]?.[1] ?? 0);
  const ttl = Number(replies?.[2]?.[1] ?? windowSeconds);
  return { limited: count > max, retryAfter: Math.max(1, ttl) };
}

/** Gives back a reserved attempt that turned out fine (only failures should use up the budget). */
export async function release(key: string): Promise<void> {
  await redis().decr(key);
}

export async function clear(key: string): Promise<void> {
  await redis().del(key);
}
