// `npm run load [-- --seconds N --rate R]`: the console under load, through the real server (`next start`, built if
// the sources changed, and the worker) on its own Postgres and Redis. Two orgs, each with an API key, apps, findings and a posture
// document. autocannon drives four APIs in turn (JSON ingest push of 20 new CloudTrail events, the apps list, the
// findings list, the posture dashboard):
//   1. baseline: the calm org alone at a fixed rate (default 40 req/s) for N seconds (default 60);
//   2. flood: the calm org at the same rate while a second org sends as fast as 32 connections allow (from a process
//      of its own, so its client work does not delay the calm org's measurements).
// Per phase and org: req/s, p50/p95/p99 latency, non-2xx, 429s. Goals (issue 8): the flooding org meets 429 with
// Retry-After, and the calm org's p95 under the flood stays within 2x its baseline. Last line: JSON.
import { randomBytes } from "node:crypto";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildIfChanged } from "./lib/build";
import { analyzeAsOwner } from "./lib/db-roles";
import { say } from "./lib/log";
import { freePort, httpOk, waitFor } from "./lib/net";
import { ProcessGroup, tsNode } from "./lib/processes";
import type { DriveOptions, LoadFigures } from "./load/drive";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack } from "./lib/stack";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "60" }, rate: { type: "string", default: "40" } } });
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const dataDir = `.data/load-${process.pid}`;
const children = new ProcessGroup();

/** The flooding client in a process of its own (scripts/load/drive-process.ts), like a tenant on another machine. */
const driveInOwnProcess = async (options: DriveOptions & { base: string; token: string }) => {
  const [node, args] = tsNode("scripts/load/drive-process.ts");
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(node, args, { env: { ...process.env, LOAD_DRIVE: JSON.stringify(options) }, maxBuffer: 1 << 20 }, (error, out) => (error ? reject(error) : resolve(out))));
  return JSON.parse(stdout.trim().split("\n").pop()!) as LoadFigures;
};

prismaGenerate();
const stack = await provisionStack({ dataDir, ephemeral: true });
try {
  const urls = await migrate(stack.postgres, "llmsecops_load");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env, ...consoleDatabaseEnv(urls), REDIS_URL: stack.redis.url, NODE_ENV: "production" as const, LOG_LEVEL: "warn",
    NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), ENCRYPTION_ROOT_KEYS: `1:${randomBytes(32).toString("base64url")}`,
    FILE_STORE_DIR: `${dataDir}/files`, QUEUE_PREFIX: "load",
  };
  Object.assign(process.env, env);
  const { seedLoadOrg } = await import("./load/seed");
  const calm = await seedLoadOrg("calm");
  const flood = await seedLoadOrg("flood");
  // Statistics for the seeded rows, as a server that has been running has them: without, the first minute's plans
  // (until autovacuum analyzes) are for empty tables, e.g. a findings page joined row by row, 30 ms instead of 2.
  await analyzeAsOwner(urls.owner);
  buildIfChanged(env);
  const served = { ...env, DATABASE_UNSCOPED: "none" };
  children.start("web", ...tsNode("web/server.ts"), { env: { ...served, SERVICE_NAME: "web", PORT: String(port), HOST: "127.0.0.1" } });
  children.start("worker", ...tsNode("workers/main.ts"), { env: { ...served, SERVICE_NAME: "worker" } });
  await waitFor(() => httpOk(`${base}/api/health`), "the console to become healthy", 90_000, 500);

  const { drive } = await import("./load/drive");
  // Warm-up: compile routes and fill pools, not measured.
  await drive(base, calm.token, { seconds: 3, rate: RATE, connections: 4 });
  say("load", `baseline: calm org alone at ${RATE} req/s for ${SECONDS} s`);
  const baseline = await drive(base, calm.token, { seconds: SECONDS, rate: RATE, connections: 8 });
  // Let the baseline's rate-limit window pass.
  await new Promise((r) => setTimeout(r, 10_000));
  say("load", `flood: calm org at ${RATE} req/s while the flood org sends as fast as 32 connections allow`);
  // Both start at the same moment, once the flood's process has had time to load (it takes 1-2 s): the calm org's
  // figures cover the flood's whole span.
  const startAt = Date.now() + 5_000;
  const [calmUnderFlood, flooding] = await Promise.all([
    drive(base, calm.token, { seconds: SECONDS, rate: RATE, connections: 8, startAt }),
    driveInOwnProcess({ base, token: flood.token, seconds: SECONDS, connections: 32, startAt }),
  ]);

  const rows = [["baseline", "calm", baseline], ["flood", "calm", calmUnderFlood], ["flood", "flood", flooding]] as const;
  console.log(`\n${"phase".padEnd(9)}${"org".padEnd(7)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"non-2xx".padStart(9)}${"429".padStart(8)}`);
  for (const [phase, org, r] of rows) {
    console.log(`${phase.padEnd(9)}${org.padEnd(7)}${String(r.rps).padStart(8)}${String(r.p50).padStart(9)}${String(r.p95).padStart(9)}${String(r.p99).padStart(9)}${String(r.non2xx).padStart(9)}${String(r.status429).padStart(8)}`);
  }
  const ratio = Math.round((calmUnderFlood.p95 / Math.max(0.1, baseline.p95)) * 100) / 100;
  console.log(JSON.stringify({
    seconds: SECONDS, rate: RATE, baseline, calm_under_flood: calmUnderFlood, flood: flooding,
    ratio_calm_p95_flood_to_baseline: ratio, flood_429_seen: flooding.status429 > 0, flood_retry_after_seen: flooding.retryAfterSeen,
    goals_met: ratio <= 2 && flooding.status429 > 0 && flooding.retryAfterSeen && calmUnderFlood.status429 === 0,
  }));
} finally {
  await children.stopAll();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
