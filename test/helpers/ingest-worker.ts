// A worker process for the crash test: only the ingest-file queue, with short locks so a killed worker's job is
// detected as stalled within seconds (production keeps BullMQ's defaults).
import { Worker } from "bullmq";
import { bullConnectionOptions } from "@/lib/server/redis";
import { registry } from "@/workers/registry";

const worker = new Worker("ingest-file", registry["ingest-file"].processor as never, {
  connection: bullConnectionOptions(), prefix: process.env.QUEUE_PREFIX, concurrency: 1, lockDuration: 2_000, stalledInterval: 1_000, maxStalledCount: 10,
});
worker.on("error", () => {});
process.stdout.write("ready\n");
process.on("SIGTERM", () => void worker.close().then(() => process.exit(0)));
