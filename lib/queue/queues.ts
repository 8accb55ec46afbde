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

/** Enqueue after the transaction that created the job's rows has committed. Idempotent by jobId. */
export async function enqueue<Q extends QueueName>(name: Q, payload: QueuePayload<Q>) {
  const contract = QUEUES[name];
  const data = contract.payload.parse(payload);
  return getQueue(name).add(name, data, {
    jobId: contract.jobId(data as never),
    attempts: contract.attempts,
    backoff: { type: "exponential", delay: 2_000 },
    removeOnComplete: { count: 1_000 },
    removeOnFail: { count: 5_000 },
  });
}

export async function closeQueues() {
  const queues = globalForQueues.__queues;
  if (!queues) return;
  await Promise.all([...queues.values()].map((q) => q.close()));
  queues.clear();
}
