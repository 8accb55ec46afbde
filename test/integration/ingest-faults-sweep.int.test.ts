// The requeue sweep (maintenance task requeue-ingest-files) for a file whose job ran out of retries while the
// database was down: the final-failure handler could not mark it FAILED, so it stays PROCESSING with a failed job
// under its job id, which a plain enqueue would not replace. The sweep retries that job and the file completes.
import { Readable } from "node:stream";
import { Worker } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import { requeueStoredIngestFiles } from "@/lib/ingest/server/requeue-stored-files";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { QUEUES } from "@/lib/queue/contracts";
import { getQueue, queuePrefix } from "@/lib/queue/queues";
import { db } from "@/lib/server/db";
import { bullConnectionOptions } from "@/lib/server/redis";
import { createOrgWithMembers } from "../factories";
import { expectedOnce, exactlyOnce, faultCorpus, finished } from "../helpers/fault-ingest";
import { until } from "../helpers/until";
import { startWorkerProcess, type WorkerProcess } from "../helpers/worker-process";

const workers: WorkerProcess[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill("SIGKILL")));
});

describe("the requeue sweep and jobs that gave up during an outage", () => {
  it("retries the failed job of a PROCESSING file, which then completes exactly once", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const corpus = faultCorpus(2_000);
    const file = await storeUpload({ orgId: org.id, source: "auto", fileName: "gave-up.jsonl", body: Readable.from([corpus.body]), via: "CLI", enqueue: false });
    await db.ingestFile.update({ where: { id: file.id }, data: { status: "PROCESSING", startedAt: new Date() } }); // too recent for the worker's own scheduled sweep

    // The job's last attempt fails the way it does while Postgres is down, and nothing records the final failure.
    const payload = { orgId: org.id, fileId: file.id };
    await getQueue("ingest-file").add("ingest-file", payload, { jobId: QUEUES["ingest-file"].jobId(payload), attempts: 1 });
    const outage = new Worker("ingest-file", async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    }, { connection: bullConnectionOptions(), prefix: queuePrefix() });
    outage.on("error", () => {});
    const job = await until("the job to fail", async () => {
      const j = await getQueue("ingest-file").getJob(QUEUES["ingest-file"].jobId(payload));
      return j && (await j.isFailed()) ? j : null;
    });
    await outage.close();
    expect(job.attemptsMade).toBe(1);

    const worker = await startWorkerProcess();
    workers.push(worker);
    expect(await requeueStoredIngestFiles({ olderThanMs: 0 })).toMatchObject({ retried: 1 });
    expect(await finished(db, file.id, { worker, timeoutMs: 45_000 })).toBe("DONE");
    expect(await exactlyOnce(db, org.id, file.id)).toEqual(expectedOnce(corpus));
  }, 90_000);
});
