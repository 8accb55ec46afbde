import { WORKER_HEARTBEAT_KEY_PREFIX } from "@/lib/queue/contracts";
import { queuePrefix } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";
import { redis } from "@/lib/server/redis";
import type { THealth } from "../schemas";

const TIMEOUT_MS = 2_000;

async function timed<T>(probe: () => Promise<T>) {
  const started = performance.now();
  try {
    const value = await Promise.race([
      probe(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started), error: null, value };
  } catch (error) {
    return { ok: false, latencyMs: null, error: error instanceof Error ? error.message.slice(0, 200) : "unavailable", value: undefined };
  }
}

/** SCAN, not KEYS: never blocks Redis, however many keys it holds. */
export async function listWorkerHeartbeats(): Promise<string[]> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await redis().scan(cursor, "MATCH", `${queuePrefix()}:${WORKER_HEARTBEAT_KEY_PREFIX}*`, "COUNT", 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== "0" && keys.length < 1_000);
  if (keys.length === 0) return [];
  return (await redis().mget(keys)).filter((v): v is string => v !== null);
}

export const checkHealth = async (): Promise<THealth> => {
  const [database, cache, worker] = await Promise.all([
    timed(() => db.$queryRaw`SELECT 1`),
    timed(() => redis().ping()),
    timed(listWorkerHeartbeats),
  ]);
  const workers = worker.value?.length ?? 0;
  const workerCheck = { ok: worker.ok && workers > 0, latencyMs: worker.latencyMs, error: worker.error ?? (workers === 0 ? "no worker heartbeat" : null), workers };
  const strip = ({ ok, latencyMs, error }: { ok: boolean; latencyMs: number | null; error: string | null }) => ({ ok, latencyMs, error });
  return {
    status: database.ok && cache.ok && workerCheck.ok ? "ok" : "down",
    checks: { database: strip(database), redis: strip(cache), worker: workerCheck },
    time: new Date().toISOString(),
  };
};
