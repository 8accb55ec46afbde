// The chaos proof of ingestion: CHAOS_EVENTS lines (default 20,000; 100,000 for `npm run verify:security -- --long`)
// in CHAOS_FILES uploads go through the real worker (workers/main.ts) while it is SIGKILLed CHAOS_KILLS times
// (default 5; 20 long) at seeded random moments, and Redis (SIGKILL, keeps its append-only file) and Postgres (fast
// shutdown) each restart once. Afterwards every file is DONE with an exact ledger: stored = expected, 0 lost,
// 0 duplicates, every bad line quarantined once. Postgres and Redis are this file's own (the shared ones must not
// restart under other files); the worker runs as in production (row-level security, no implicit access).
import { appendFileSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { storeUpload as StoreUpload } from "@/lib/ingest/server/store-upload";
import type { requeueStoredIngestFiles as Requeue } from "@/lib/ingest/server/requeue-stored-files";
import type { Db } from "@/lib/server/db";
import { exactlyOnce, faultCorpus, pollFile, type FaultCorpus } from "../helpers/fault-ingest";
import { startPrivatePostgres, type PrivatePostgres } from "../helpers/private-postgres";
import { startPrivateRedis, type PrivateRedis } from "../helpers/private-redis";
import { mulberry32 } from "../helpers/seeded-random";
import { startWorkerProcess, type WorkerProcess } from "../helpers/worker-process";
import { recordFigures } from "../security/figures";

const EVENTS = Number(process.env.CHAOS_EVENTS ?? 20_000);
const FILES = Number(process.env.CHAOS_FILES ?? 10);
const KILLS = Number(process.env.CHAOS_KILLS ?? 5);

let postgres: PrivatePostgres;
let redis: PrivateRedis;
let db: Db;
let storeUpload: typeof StoreUpload;
let requeue: typeof Requeue;
let orgId: string;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  // Everything that talks to the database or the queues is loaded only now, so it binds to this file's servers.
  Object.assign(process.env, postgres.consoleEnv, { REDIS_URL: redis.url });
  ({ db } = await import("@/lib/server/db"));
  ({ storeUpload } = await import("@/lib/ingest/server/store-upload"));
  ({ requeueStoredIngestFiles: requeue } = await import("@/lib/ingest/server/requeue-stored-files"));
  const { createOrgWithMembers } = await import("../factories");
  orgId = (await createOrgWithMembers(["ADMIN"])).org.id;
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill("SIGKILL")));
  const { closeQueues } = await import("@/lib/queue/queues");
  await closeQueues().catch(() => undefined);
  await db?.$disconnect();
  await Promise.all([redis?.stop(), postgres?.stop()]);
}, 60_000);

// Batches of 250 records: every file spans several commits, so a kill can land part way through one.
const startWorker = async () => {
  const worker = await startWorkerProcess({ ...postgres.consoleEnv, REDIS_URL: redis.url, INGEST_BATCH_SIZE: "250" });
  workers.push(worker);
  return worker;
};

describe("ingestion under chaos", () => {
  it(`stores ${EVENTS} lines in ${FILES} files exactly once through ${KILLS} worker kills and a Redis and a Postgres restart`, async () => {
    const random = mulberry32(20261127);
    const corpora: FaultCorpus[] = Array.from({ length: FILES }, () => faultCorpus(Math.ceil(EVENTS / FILES)));
    let worker = await startWorker();
    const fileIds: string[] = [];
    for (const [i, corpus] of corpora.entries()) {
      fileIds.push((await storeUpload({ orgId, source: "auto", fileName: `chaos-${i}.jsonl`, body: Readable.from([corpus.body]), via: "CLI" })).id);
    }

    let redisRestarts = 0;
    let postgresRestarts = 0;
    // CHAOS_TRACE=<file>: where a slow run is (the test's own output shows only at its end).
    const trace = (m: string) => process.env.CHAOS_TRACE && appendFileSync(process.env.CHAOS_TRACE, `${new Date().toISOString()} ${m}\n`);
    // A kill is aimed at a file being processed: after the random delay it waits (up to 5 s) until some file is part
    // way through (PROCESSING with records checkpointed), so the proof covers resuming mid-file, not only between files.
    let midFileKills = 0;
    const fileInProgress = async () =>
      (await db.ingestFile.count({ where: { id: { in: fileIds }, status: "PROCESSING", checkpoint: { gt: 0 } } })) > 0;
    for (let k = 1; k <= KILLS; k++) {
      trace(`kill ${k}`);
      await new Promise((r) => setTimeout(r, 300 + random() * 1_200));
      const aimUntil = Date.now() + 5_000;
      while (!(await fileInProgress()) && Date.now() < aimUntil) await new Promise((r) => setTimeout(r, 25));
      if (await fileInProgress()) midFileKills++;
      await worker.kill("SIGKILL");
      if (k === Math.ceil(KILLS / 3)) {
        await redis.restart("SIGKILL", 1_000);
        redisRestarts++;
      }
      if (k === Math.ceil((2 * KILLS) / 3)) {
        await postgres.restart(1_500);
        postgresRestarts++;
      }
      worker = await startWorker();
    }

    // Jobs lost with Redis (its last second of appends) are what the requeue-ingest-files maintenance sweep is for:
    // run now instead of waiting for its schedule.
    trace("chaos over, waiting for files");
    const deadline = Date.now() + 8 * 60_000 + EVENTS * 5;
    for (const id of fileIds) {
      await pollFile(db, id, `file ${id} to finish`, (f) => (f.status === "DONE" || f.status === "FAILED" ? f.status : null), {
        worker, timeoutMs: Math.max(10_000, deadline - Date.now()),
      }).catch(async () => {
        await requeue({ olderThanMs: 0 });
        return pollFile(db, id, `file ${id} to finish after a requeue`, (f) => (f.status === "DONE" ? f.status : null), { worker, timeoutMs: 120_000 });
      });
    }

    trace("all files finished");
    const results = await Promise.all(fileIds.map((id) => exactlyOnce(db, orgId, id)));
    const expected = corpora.reduce((n, c) => n + c.llm + c.cloud, 0);
    const stored = results.reduce((n, r) => n + r.llm + r.cloud, 0);
    const distinct = results.reduce((n, r) => n + r.distinctLlm + r.cloud, 0);
    const figures = {
      lines: corpora.reduce((n, c) => n + c.lines, 0), files: FILES, kills: KILLS, midFileKills, redisRestarts, postgresRestarts,
      expected, stored, lost: Math.max(0, expected - distinct), duplicates: stored - distinct,
      quarantined: results.reduce((n, r) => n + r.rejections, 0), filesDone: results.filter((r) => r.file.status === "DONE").length,
    };
    recordFigures("ingest-chaos", figures);
    expect(figures).toMatchObject({ stored: expected, lost: 0, duplicates: 0, filesDone: FILES, quarantined: corpora.reduce((n, c) => n + c.rejected, 0) });
    expect(midFileKills, "kills that landed while a file was part way through").toBeGreaterThanOrEqual(Math.min(KILLS, 3));
    for (const [i, r] of results.entries()) expect(r.file, `file ${i}`).toMatchObject({ status: "DONE", lines: corpora[i]!.lines, stored: corpora[i]!.llm + corpora[i]!.cloud, duplicates: 0 });
  }, 15 * 60_000 + EVENTS * 10);
});
