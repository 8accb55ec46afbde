// `npm run bench:ingest`: N mixed events (default 200,000; BENCH_EVENTS overrides) as one NDJSON.gz file through
// the real pipeline: file store, ingest-file queue, the real worker process (parsing, mapping, DLP, batched
// writes) on its own Postgres and Redis. The same run then COPYs the same rows into a copy of the event tables
// (the baseline), and times small files from upload to queryable. Last line:
// {events, events_per_s, copy_rows_per_s, ratio, p95_queryable_ms}.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { benchRecord } from "./bench/ingest-corpus";
import { say } from "./lib/log";
import { cpuMsBetween, cpuTicks, postmasterPid } from "./lib/proc-cpu";
import { ProcessGroup, tsNode } from "./lib/processes";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack } from "./lib/stack";

const N = Number(process.env.BENCH_EVENTS ?? 200_000);

const dataDir = `.data/bench-${process.pid}`;
const children = new ProcessGroup();
prismaGenerate();
const stack = await provisionStack({ dataDir, ephemeral: true });
try {
  const urls = await migrate(stack.postgres, "llmsecops_bench");
  const url = urls.owner;
  Object.assign(process.env, {
    ...consoleDatabaseEnv(urls), REDIS_URL: stack.redis.url, QUEUE_PREFIX: "bench", FILE_STORE_DIR: `${dataDir}/files`, LOG_LEVEL: "warn",
    ENCRYPTION_ROOT_KEYS: `1:${randomBytes(32).toString("base64url")}`, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  mkdirSync(`${dataDir}/files`, { recursive: true });
  const { db } = await import("@/lib/server/db");
  const { storeUpload } = await import("@/lib/ingest/server/store-upload");
  const org = await db.organization.create({ data: { slug: `bench-${process.pid}`, name: "Bench" } });

  const lines = Array.from({ length: N }, (_, i) => benchRecord(i));
  const body = gzipSync(Buffer.from(lines.join("\n")));
  say("bench", `${N} events, ${(body.length / 1_048_576).toFixed(1)} MB gzip; starting the worker`);
  const worker = children.start("worker", ...tsNode("workers/main.ts"), { env: { ...process.env, SERVICE_NAME: "worker" } });
  const postgresPid = postmasterPid(dataDir);
  const cpu = () => ({ worker: cpuTicks(worker.pid), postgres: cpuTicks(postgresPid, true) });
  const waitDone = async (id: string) => {
    for (;;) {
      const f = await db.ingestFile.findUniqueOrThrow({ where: { id }, select: { status: true, stored: true, lines: true, rejected: true, duplicates: true } });
      if (f.status === "DONE" || f.status === "FAILED") return f;
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  // Warm-up (worker boot, JIT), then the measured run.
  await waitDone((await storeUpload({ orgId: org.id, source: "auto", fileName: "warmup.jsonl", body: Readable.from([Buffer.from(Array.from({ length: 300 }, (_, i) => benchRecord(N + i)).join("\n"))]), via: "CLI" })).id);
  const cpuBefore = cpu();
  let t = performance.now();
  const file = await storeUpload({ orgId: org.id, source: "auto", fileName: "bench.jsonl.gz", body: Readable.from([body]), via: "CLI" });
  const ledger = await waitDone(file.id);
  const pipelineMs = performance.now() - t;
  const cpuAfter = cpu();
  if (ledger.stored !== N) say("bench", `warning: ledger ${JSON.stringify(ledger)}`);

  // Ingest-to-queryable: 20 small files (100 events each), from upload start until their events can be read.
  const latencies: number[] = [];
  for (let k = 0; k < 20; k++) {
    const small = Array.from({ length: 100 }, (_, i) => benchRecord(N + 1_000 + k * 100 + i)).join("\n");
    const s = performance.now();
    const f = await storeUpload({ orgId: org.id, source: "auto", fileName: `small-${k}.jsonl`, body: Readable.from([Buffer.from(small)]), via: "CLI" });
    await waitDone(f.id);
    latencies.push(performance.now() - s);
  }
  latencies.sort((a, b) => a - b);

  // Baseline: COPY the stored rows of the measured file into copies of the tables (same columns and indexes).
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let copied = 0;
  let copyMs = 0;
  let copyCpuMs = 0;
  for (const table of ["llm_events", "cloud_events"]) {
    await client.query(`CREATE TABLE bench_${table} (LIKE ${table} INCLUDING ALL)`);
    const csv = await client.query(`SELECT count(*)::int AS n FROM ${table} WHERE file_id = $1`, [file.id]);
    copied += csv.rows[0].n as number;
    // Export the rows first (not timed), then time only the COPY FROM STDIN into the empty copy.
    const exported: Buffer[] = [];
    const { to: copyTo } = await import("pg-copy-streams");
    const out = client.query(copyTo(`COPY (SELECT * FROM ${table} WHERE file_id = '${file.id}') TO STDOUT`));
    for await (const chunk of out) exported.push(chunk as Buffer);
    t = performance.now();
    const copyCpuBefore = cpuTicks(postgresPid, true);
    await pipeline(Readable.from(exported), client.query(copyFrom(`COPY bench_${table} FROM STDIN`)));
    copyMs += performance.now() - t;
    copyCpuMs += cpuMsBetween(copyCpuBefore, cpuTicks(postgresPid, true)) ?? 0;
  }
  await client.end();

  const eventsPerS = N / (pipelineMs / 1000);
  const copyPerS = copied / (copyMs / 1000);
  const round = (n: number) => Math.round(n * 100) / 100;
  const perEvent = (ms: number | null, n: number) => (ms === null ? "?" : `${Math.round((ms * 1000) / n)} µs`);
  say("bench", `CPU per event: worker ${perEvent(cpuMsBetween(cpuBefore.worker, cpuAfter.worker), N)}, postgres ${perEvent(cpuMsBetween(cpuBefore.postgres, cpuAfter.postgres), N)}; COPY: postgres ${perEvent(postgresPid ? copyCpuMs : null, copied)} per row`);
  say("bench", `pipeline ${Math.round(pipelineMs)} ms for ${N} events (ledger ${JSON.stringify(ledger)}); COPY ${Math.round(copyMs)} ms for ${copied} rows`);
  await db.$disconnect();
  await (await import("@/lib/queue/queues")).closeQueues();
  await children.stopAll();
  console.log(JSON.stringify({ events: N, events_per_s: Math.round(eventsPerS), copy_rows_per_s: Math.round(copyPerS), ratio: round(eventsPerS / copyPerS), p95_queryable_ms: Math.round(latencies[Math.min(latencies.length - 1, Math.floor(0.95 * latencies.length))]!) }));
} finally {
  await children.stopAll();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0); // nothing else to wait for (a stray socket must not keep the benchmark alive)
