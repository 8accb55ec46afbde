// `npm run ingest -- --org SLUG --source TYPE|auto FILE...`: stores each file through the same pipeline as an
// upload (file store, record, ingest-file queue), waits until it is processed and prints one JSON ledger per
// file: {file, source, lines, stored, duplicates, rejected, reasons}. It talks to the console that `npm start`
// runs (settings from .data/runtime.json unless DATABASE_URL/REDIS_URL are set). When no worker is alive it
// processes the file itself, with the same code.
import { createReadStream, existsSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { readRuntime } from "./lib/secrets";

const { values, positionals } = parseArgs({ options: { org: { type: "string" }, source: { type: "string", default: "auto" } }, allowPositionals: true });
const DATA = process.env.DATA_DIR ?? ".data";
if (!values.org || positionals.length === 0) {
  console.error("usage: npm run ingest -- --org SLUG [--source TYPE|auto] FILE...");
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  const runtime = readRuntime(`${DATA}/runtime.json`);
  if (!runtime) {
    console.error(`[ingest] no running console found (${DATA}/runtime.json): start it with \`npm start\`, or set DATABASE_URL, REDIS_URL, FILE_STORE_DIR and ENCRYPTION_ROOT_KEYS`);
    process.exit(2);
  }
  for (const [k, v] of Object.entries(runtime)) if (!process.env[k]) process.env[k] = v;
}
process.env.LOG_LEVEL ??= "warn";

const { SOURCE_TYPES } = await import("@/lib/ingest/types");
const source = values.source as string;
if (source !== "auto" && !(SOURCE_TYPES as readonly string[]).includes(source)) {
  console.error(`[ingest] unknown source "${source}"; choose auto or one of: ${SOURCE_TYPES.join(", ")}`);
  process.exit(2);
}
const { db } = await import("@/lib/server/db");
const { storeUpload } = await import("@/lib/ingest/server/store-upload");
const { processIngestFile } = await import("@/lib/ingest/server/process-ingest-file");
const { closeQueues } = await import("@/lib/queue/queues");
const { Redis } = await import("ioredis");
const { WORKER_HEARTBEAT_KEY_PREFIX } = await import("@/lib/queue/contracts");

const org = await db.organization.findUnique({ where: { slug: values.org }, select: { id: true } });
if (!org) {
  console.error(`[ingest] no organization with slug "${values.org}"`);
  process.exit(2);
}
const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 1, lazyConnect: true });
await redis.connect();
const workerAlive = async () => (await redis.keys(`${WORKER_HEARTBEAT_KEY_PREFIX}*`)).length > 0;

let failed = false;
for (const path of positionals) {
  if (!existsSync(path)) {
    console.log(JSON.stringify({ file: path, error: "not found" }));
    failed = true;
    continue;
  }
  const live = await workerAlive();
  const stored = await storeUpload({ orgId: org.id, source: source as never, fileName: basename(path), body: createReadStream(path), via: "CLI", enqueue: live });
  if (!live) await processIngestFile({ orgId: org.id, fileId: stored.id });
  let file;
  for (;;) {
    file = await db.ingestFile.findUniqueOrThrow({ where: { id: stored.id } });
    if (file.status === "DONE" || file.status === "FAILED") break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (file.status === "FAILED") failed = true;
  console.log(JSON.stringify({ file: path, source: file.detectedSource ?? file.source, lines: file.lines, stored: file.stored, duplicates: file.duplicates, rejected: file.rejected, reasons: file.reasons, ...(file.error ? { error: file.error } : {}) }));
}
redis.disconnect();
await closeQueues();
await db.$disconnect();
process.exit(failed ? 1 : 0);
