import { setPriority } from "node:os";
import { Queue, Worker, type Job } from "bullmq";
import { Redis } from "ioredis";
import { QUEUE_NAMES, SCHEDULES, type QueueName } from "@/lib/queue/contracts";
import { closeQueues, enqueue } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";
import { withOrgScope, withSystemScope } from "@/lib/server/db-scope";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";
import { bullConnectionOptions } from "@/lib/server/redis";
import { startHeartbeat } from "./heartbeat";
import { registry, type Registration } from "./registry";

const config = env(); // fails fast with a clear message when the environment is incomplete
// On a machine shared with the web process and the gateway (npm start), background work can give way to requests
// that someone is waiting for. Raising one's own niceness needs no privilege.
if (config.WORKER_NICE > 0) setPriority(config.WORKER_NICE);
const log = logger;
const prefix = config.QUEUE_PREFIX;

const workers = QUEUE_NAMES.map((name) => {
  const { processor, concurrency, onGaveUp: gaveUp } = registry[name] as Registration<QueueName>;
  const onGaveUp = gaveUp && ((job: Job) => inJobScope(job, () => gaveUp(job as never)));
  const worker = new Worker(name, ((job: Job) => inJobScope(job, () => processor(job as never))) as never, { connection: bullConnectionOptions(), prefix, concurrency });
  worker.on("failed", (job, err) => {
    log.warn({ queue: name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, "job failed");
    if (!job || !onGaveUp) return;
    // "failed" also fires for attempts that will be retried; only a job left in the failed set is final.
    void job.isFailed().then((final) => (final ? onGaveUp(job) : undefined)).catch((e: unknown) => log.error({ queue: name, jobId: job.id, err: String(e) }, "final-failure handler failed"));
  });
  worker.on("completed", (job) => log.info({ queue: name, jobId: job.id }, "job completed"));
  worker.on("error", (err) => log.error({ queue: name, err: err.message }, "worker error"));
  return worker;
});

// A job of one org (its payload names the org) runs under row-level security as that org; schedulers and
// maintenance that span orgs run as the system role.
function inJobScope<T>(job: Job, run: () => Promise<T>): Promise<T> {
  const orgId = (job.data as { orgId?: unknown } | undefined)?.orgId;
  return typeof orgId === "string" && UUID.test(orgId) ? withOrgScope(orgId, run) : withSystemScope(run);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function registerSchedules() {
  for (const schedule of SCHEDULES) {
    const queue = new Queue(schedule.queue, { connection: bullConnectionOptions(), prefix });
    try {
      await queue.upsertJobScheduler(schedule.id, { every: schedule.every }, { name: schedule.queue, data: schedule.payload });
    } finally {
      await queue.close();
    }
  }
}
await registerSchedules();

// After a root-key rotation (new ENCRYPTION_ROOT_KEY_VERSION), re-wrap every org's data key right away. Best effort:
// an enqueue gives up when Redis is away, and the hourly schedule does the same work.
await enqueue("encryption-rewrap", { reason: "boot" }).catch((e: unknown) => log.warn({ err: String(e) }, "boot re-wrap not queued"));
// Posture after a deploy: a new catalog version or evaluator is applied now rather than at the next daily run.
await enqueue("maintenance", { task: "enqueue-posture-recomputes" }).catch((e: unknown) => log.warn({ err: String(e) }, "boot posture recompute not queued"));

const heartbeatRedis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
heartbeatRedis.on("error", () => {});
// A Redis that restarted without persistence has lost the job schedulers, and with them the maintenance sweep
// that re-queues files whose job was lost: register them again on every reconnect (upserts are idempotent).
let connectedBefore = false;
heartbeatRedis.on("ready", () => {
  if (connectedBefore) void registerSchedules().catch((e: unknown) => log.error({ err: String(e) }, "re-registering job schedulers failed"));
  connectedBefore = true;
});
const stopHeartbeat = startHeartbeat(heartbeatRedis, QUEUE_NAMES);
log.info({ queues: QUEUE_NAMES }, "worker started");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker stopping: finishing active jobs");
  // Jobs still active after the timeout are released (their lock lapses and another worker retries them).
  const timeout = new Promise((r) => setTimeout(r, config.WORKER_SHUTDOWN_TIMEOUT_MS).unref());
  await Promise.race([Promise.all(workers.map((w) => w.close())), timeout]);
  await stopHeartbeat();
  await closeQueues();
  heartbeatRedis.disconnect();
  await db.$disconnect();
  log.info("worker stopped");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
