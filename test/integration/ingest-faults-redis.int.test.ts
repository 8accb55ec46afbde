// Redis killed and restarted in the middle of a file, with its data (append-only file) or without (a Redis that
// does not persist): the worker (the real workers/main.ts) must survive, and every event must end up stored exactly
// once. Runs on a redis-server of its own: the harness's shared Redis must not be restarted under other test files.
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { requeueStoredIngestFiles } from "@/lib/ingest/server/requeue-stored-files";
import { closeQueues, getQueue } from "@/lib/queue/queues";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { db } from "@/lib/server/db";
import { createOrgWithMembers } from "../factories";
import { expectedOnce, exactlyOnce, faultCorpus, finished, midFile } from "../helpers/fault-ingest";
import { startPrivateRedis, type PrivateRedis } from "../helpers/private-redis";
import { until } from "../helpers/until";
import { startWorkerProcess, type WorkerProcess } from "../helpers/worker-process";

let redis: PrivateRedis;
let orgId: string;
const workers: WorkerProcess[] = [];
const startWorker = async () => {
  const worker = await startWorkerProcess({ REDIS_URL: redis.url });
  workers.push(worker);
  return worker;
};

beforeAll(async () => {
  redis = await startPrivateRedis();
  process.env.REDIS_URL = redis.url; // before the first queue of this file is created
  orgId = (await createOrgWithMembers(["ADMIN"])).org.id;
}, 30_000);

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.kill("SIGKILL")));
});

afterAll(async () => {
  await closeQueues();
  await redis?.stop();
});

const upload = (body: Buffer, fileName: string) => storeUpload({ orgId, source: "auto", fileName, body: Readable.from([body]), via: "CLI" });

/** A later file goes through too: the worker reconnected and consumes the queue again. */
async function expectNextFileProcessed(worker: WorkerProcess) {
  const small = faultCorpus(300);
  const next = await upload(small.body, "after-restart.jsonl");
  expect(await finished(db, next.id, { worker, timeoutMs: 30_000 })).toBe("DONE");
  expect((await exactlyOnce(db, orgId, next.id)).file).toMatchObject({ stored: small.llm + small.cloud, duplicates: 0 });
}

describe("ingestion survives a Redis restart mid-file", () => {
  it("Redis killed and restarted with its data: the file finishes with an exact ledger", async () => {
    const corpus = faultCorpus(8_000);
    const worker = await startWorker();
    const file = await upload(corpus.body, "persisted.jsonl");
    await midFile(db, file.id, corpus.lines, { worker });
    await redis.restart("SIGKILL", 1_500);

    expect(await finished(db, file.id, { worker })).toBe("DONE");
    expect(await exactlyOnce(db, orgId, file.id)).toEqual(expectedOnce(corpus));
    expect(worker.alive(), worker.stderr()).toBe(true);
    await expectNextFileProcessed(worker);
  }, 90_000);

  it("Redis restarted empty under a running worker: the file finishes once, the job schedulers come back", async () => {
    const corpus = faultCorpus(8_000);
    const worker = await startWorker();
    const file = await upload(corpus.body, "wiped-live.jsonl");
    await midFile(db, file.id, corpus.lines, { worker });
    await redis.restart("SIGKILL", 1_000, { wipe: true });

    expect(await finished(db, file.id, { worker })).toBe("DONE");
    expect(await exactlyOnce(db, orgId, file.id)).toEqual(expectedOnce(corpus));
    expect(worker.alive(), worker.stderr()).toBe(true);
    // The maintenance sweeps are job schedulers kept in Redis: the worker registers them again after reconnecting.
    await until("the job schedulers to be registered again", async () => {
      const schedulers = await getQueue("maintenance").getJobSchedulers();
      return schedulers.some((s) => s.key === "requeue-ingest-files" || s.id === "requeue-ingest-files");
    }, { timeoutMs: 15_000, everyMs: 200 });
    await expectNextFileProcessed(worker);
  }, 90_000);

  it("Redis restarted empty while the worker was down too: the maintenance sweep re-queues the PROCESSING file", async () => {
    const corpus = faultCorpus(8_000);
    const first = await startWorker();
    const file = await upload(corpus.body, "wiped-dead.jsonl");
    await midFile(db, file.id, corpus.lines, { worker: first });
    await first.kill("SIGKILL");
    await redis.restart("SIGKILL", 500, { wipe: true });

    const second = await startWorker();
    // Its job is gone with Redis' data: nothing picks the file up.
    const stuck = await db.ingestFile.findUniqueOrThrow({ where: { id: file.id }, select: { status: true, checkpoint: true } });
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await db.ingestFile.findUniqueOrThrow({ where: { id: file.id }, select: { status: true, checkpoint: true } })).toEqual(stuck);
    expect(stuck.status).toBe("PROCESSING");

    // The sweep (the requeue-ingest-files maintenance task, every 2 minutes) run now instead of waiting for it.
    expect((await requeueStoredIngestFiles({ olderThanMs: 0 })).requeued).toBeGreaterThanOrEqual(1);
    expect(await finished(db, file.id, { worker: second })).toBe("DONE");
    expect(await exactlyOnce(db, orgId, file.id)).toEqual(expectedOnce(corpus));
  }, 90_000);

  it("an upload while Redis is down is stored and answered within seconds; the sweep queues it once Redis is back", async () => {
    const corpus = faultCorpus(3_000);
    const worker = await startWorker();
    await redis.down();
    const started = Date.now();
    const file = await upload(corpus.body, "during-outage.jsonl");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(file.status).toBe("STORED");
    await redis.up();

    expect((await requeueStoredIngestFiles({ olderThanMs: 0 })).requeued).toBeGreaterThanOrEqual(1);
    expect(await finished(db, file.id, { worker })).toBe("DONE");
    expect(await exactlyOnce(db, orgId, file.id)).toEqual(expectedOnce(corpus));
  }, 60_000);
});
