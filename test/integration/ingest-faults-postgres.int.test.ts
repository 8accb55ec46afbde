// Postgres restarted in the middle of a file: the worker (the real workers/main.ts) must survive the dropped
// connections, retry the job with backoff, resume from the last committed checkpoint and end with an exact ledger.
// Runs on a Postgres of its own: the harness's shared server must not be restarted under the other test files.
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { storeUpload as StoreUpload } from "@/lib/ingest/server/store-upload";
import type { Db } from "@/lib/server/db";
import { expectedOnce, exactlyOnce, faultCorpus, finished, midFile } from "../helpers/fault-ingest";
import { startPrivatePostgres, type PrivatePostgres } from "../helpers/private-postgres";
import { startWorkerProcess, type WorkerProcess } from "../helpers/worker-process";

let postgres: PrivatePostgres;
let db: Db;
let storeUpload: typeof StoreUpload;
let orgId: string;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  // Everything that talks to the database is loaded only now, so it binds to this file's own server.
  Object.assign(process.env, postgres.consoleEnv);
  ({ db } = await import("@/lib/server/db"));
  ({ storeUpload } = await import("@/lib/ingest/server/store-upload"));
  const { createOrgWithMembers } = await import("../factories");
  orgId = (await createOrgWithMembers(["ADMIN"])).org.id;
}, 90_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill("SIGKILL")));
  await db?.$disconnect();
  await postgres?.stop();
});

const upload = (body: Buffer, fileName: string) => storeUpload({ orgId, source: "auto", fileName, body: Readable.from([body]), via: "CLI" });

describe("ingestion survives a Postgres restart mid-file", () => {
  it("retries the job after the restart and stores every event exactly once", async () => {
    const corpus = faultCorpus(15_000);
    const worker = await startWorkerProcess(postgres.consoleEnv);
    workers.push(worker);
    const file = await upload(corpus.body, "big.jsonl");

    const at = await midFile(db, file.id, corpus.lines, { worker });
    await postgres.restart(1_500);

    expect(await finished(db, file.id, { worker })).toBe("DONE");
    expect(await exactlyOnce(db, orgId, file.id)).toEqual(expectedOnce(corpus));
    // The restart did cut a run short (else this test proved nothing): an attempt failed and was retried.
    const failures = worker.logs.filter((l) => l.msg === "job failed" && l.queue === "ingest-file");
    expect(failures.length, `restart at checkpoint ${at}`).toBeGreaterThan(0);
    expect(worker.alive(), worker.stderr()).toBe(true);

    // The same worker, on new connections, still processes the next file.
    const small = faultCorpus(300);
    const next = await upload(small.body, "after-restart.jsonl");
    expect(await finished(db, next.id, { worker, timeoutMs: 30_000 })).toBe("DONE");
    expect((await exactlyOnce(db, orgId, next.id)).file).toMatchObject({ stored: small.llm + small.cloud, duplicates: 0 });
  }, 90_000);
});
