import { Queue } from "bullmq";
import { bullConnectionOptions } from "@/lib/server/redis";
import { QUEUES, type QueueName, type QueuePayload } from "./contracts";

const prefix = () => process.env.QUEUE_PREFIX ?? "llmsecops";
const globalForQueues = globalThis as unknown as { __queues?: Map<string, Queue> };

export function getQueue(name: QueueName): Queue {
  globalForQueues.__queues ??= new Map();
  const key = `${prefix()}:${name}`;
  let queue = globalForQueues.__queues.get(key);
  if (!queue) {
    queue = new Queue(name, { connection: bullConnectionOptions(), prefix: prefix() });
    queue.on("error", () => {}); // connection errors surface through the failing call
    globalForQueues.__queues.set(key, queue);
  }
  return queue;
}

export const queuePrefix = prefix;

/**
 * How long an enqueue waits for Redis. The connection queues commands while Redis is down (so a blip costs
 * nothing), but a request must not hang through a whole outage: after this the caller gets an error and falls back
 * (an upload stays STORED for the requeue sweep). The queued command may still run later: harmless, the job id
 * makes it idempotent.
 */
const ENQUEUE_TIMEOUT_MS = 5_000;

/** Enqueue after the transaction that created the job's rows has committed. Idempotent by jobId. */
export async function enqueue<Q extends QueueName>(name: Q, payload: QueuePayload<Q>) {
  const contract = QUEUES[name];
  const data = contract.payload.parse(payload);
  const added = getQueue(name).add(name, data, {
    jobId: contract.jobId(data as never),
    ...("delayMs" in contract ? { delay: contract.delayMs(data as never) } : {}),
    attempts: contract.attempts,
    backoff: { type: "exponential", delay: 2_000 },
    removeOnComplete: { count: 1_000 },
    removeOnFail: { count: 5_000 },
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not take the ${name} job within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
  });
  added.catch(() => undefined); // once timed out, a late failure has no one to report to
  try {
    return await Promise.race([added, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function closeQueues() {
  const queues = globalForQueues.__queues;
  if (!queues) return;
  await Promise.all([...queues.values()].map((q) => q.close()));
  queues.clear();
}
