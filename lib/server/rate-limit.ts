import { redis } from "./redis";

export type Limit = { key: string; max: number; windowSeconds: number };

/** True when the counter behind `key` has reached `max` within the current window. */
export async function isLimited({ key, max }: Limit): Promise<{ limited: boolean; retryAfter: number }> {
  const [count, ttl] = await redis().multi().get(key).ttl(key).exec().then((r) => [r?.[0]?.[1], r?.[1]?.[1]]);
  return { limited: Number(count ?? 0) >= max, retryAfter: Math.max(1, Number(ttl ?? 1)) };
}

/** Counts one event in a fixed window that starts at the first event. */
export async function hit({ key, windowSeconds }: Limit): Promise<void> {
  await redis().multi().incr(key).expire(key, windowSeconds, "NX").exec();
}

export async function clear(key: string): Promise<void> {
  await redis().del(key);
}
