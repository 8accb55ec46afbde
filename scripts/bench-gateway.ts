// `npm run bench:gateway`: the AI gateway's added latency and throughput, through the real processes `npm start` runs
// (the gateway server gateway/main.ts, the worker, and `next start` for the console-origin routes) on their own
// Postgres and Redis, in front of a loopback upstream stub that answers after a fixed delay (BENCH_UPSTREAM_DELAY_MS,
// default 20 ms). Phases, each BENCH_SECONDS (default 20) at BENCH_RPS (default 200) chat completions a second:
//   1. direct: straight to the stub (the baseline, measured in the same run);
//   2. gateway: through the gateway server with a virtual key (inline DLP under the org's default policy on input
//      and output, limits and budgets counted in Redis, metering through ingestion);
//   3. console origin (informational): the same through Next.js's /gateway routes.
// One open-loop driver for all (requests leave on schedule whatever the answers do): added_pXX = gateway pXX -
// direct pXX. Also printed: the latency_ms the gateway meters for itself (from llm_events once ingested). Last line:
// JSON {rps, added_p50_ms, added_p95_ms, added_p99_ms, errors, ...}. Goal (issue 9): added p99 <= 5 ms.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { buildIfChanged } from "./lib/build";
import { say } from "./lib/log";
import { freePort, httpOk, waitFor } from "./lib/net";
import { ProcessGroup, tsNode } from "./lib/processes";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack } from "./lib/stack";

const RPS = Number(process.env.BENCH_RPS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const DELAY_MS = Number(process.env.BENCH_UPSTREAM_DELAY_MS ?? 20);
const dataDir = `.data/bench-gateway-${process.pid}`;
const children = new ProcessGroup();

const PROMPT = "Summarize the incident for the weekly report: the checkout service timed out calling the payment provider between 09:40 and 10:05 UTC; retries were not applied because the circuit breaker stayed half-open. List the open questions. ".repeat(4);
const BODY = JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "system", content: "You are a concise assistant." }, { role: "user", content: PROMPT }] });

type Phase = { sent: number; ok: number; errors: number; rps: number; p50: number; p95: number; p99: number; serverTiming?: Record<string, { p50: number; p99: number }> };

const percentile = (sorted: number[], p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN) * 100) / 100;

/** Open loop: one request every 1000/rps ms for `seconds`, each timed from its scheduled start to its last byte. */
async function drive(url: URL, headers: Record<string, string>, rps: number, seconds: number): Promise<Phase> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  const timings = new Map<string, number[]>(); // the gateway's Server-Timing entries
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const total = rps * seconds;
  const inflight: Promise<void>[] = [];
  const one = (scheduled: number) => new Promise<void>((resolve) => {
    const req = request(url, { method: "POST", agent, headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(BODY)) } }, (res) => {
      for (const [, name, dur] of String(res.headers["server-timing"] ?? "").matchAll(/(\w+);dur=([\d.]+)/g)) {
        if (!timings.has(name!)) timings.set(name!, []);
        timings.get(name!)!.push(Number(dur));
      }
      res.on("data", () => undefined);
      res.on("end", () => {
        if (res.statusCode === 200) latencies.push(performance.now() - scheduled);
        else errors++;
        resolve();
      });
    });
    req.on("error", () => (errors++, resolve()));
    req.end(BODY);
  });
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * rps) / 1000) + 1);
    for (; sent < due; sent++) inflight.push(one(started + (sent * 1000) / rps));
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const serverTiming = Object.fromEntries([...timings].map(([name, list]) => {
    list.sort((a, b) => a - b);
    return [name, { p50: percentile(list, 0.5), p99: percentile(list, 0.99) }];
  }));
  return {
    sent, ok: latencies.length, errors, rps: Math.round((latencies.length / elapsed) * 10) / 10, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99),
    ...(timings.size ? { serverTiming } : {}),
  };
}

/** The provider stub in its own process (scripts/bench/upstream-stub-process.ts), stopped with the other children. */
async function startStubProcess(): Promise<{ url: string }> {
  const child = children.start("upstream-stub", ...tsNode("scripts/bench/upstream-stub-process.ts"), { env: { ...process.env, BENCH_UPSTREAM_DELAY_MS: String(DELAY_MS) }, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const line = out.split("\n").find((l) => l.startsWith("{"));
    if (line) return JSON.parse(line) as { url: string };
  }
  throw new Error("the upstream stub exited before it listened");
}

prismaGenerate();
const stack = await provisionStack({ dataDir, ephemeral: true });
const stub = await startStubProcess();
try {
  const urls = await migrate(stack.postgres, "llmsecops_bench_gateway");
  const port = await freePort();
  const gatewayPort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env, ...consoleDatabaseEnv(urls), REDIS_URL: stack.redis.url, NODE_ENV: "production" as const, LOG_LEVEL: "warn",
    NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), ENCRYPTION_ROOT_KEYS: `1:${randomBytes(32).toString("base64url")}`,
    FILE_STORE_DIR: `${dataDir}/files`, QUEUE_PREFIX: "bench-gateway", OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
  };
  Object.assign(process.env, env);
  const { seedGatewayOrg } = await import("./bench/gateway-seed");
  const seeded = await seedGatewayOrg(`${stub.url}/v1`);
  buildIfChanged(env);
  const served = { ...env, DATABASE_UNSCOPED: "none" };
  children.start("web", ...tsNode("web/server.ts"), { env: { ...served, SERVICE_NAME: "web", PORT: String(port), HOST: "127.0.0.1" } });
  children.start("worker", ...tsNode("workers/main.ts"), { env: { ...served, SERVICE_NAME: "worker" } });
  children.start("gateway", ...tsNode("gateway/main.ts"), { env: { ...served, SERVICE_NAME: "gateway", GATEWAY_PORT: String(gatewayPort), GATEWAY_HOST: "127.0.0.1" } });
  await waitFor(() => httpOk(`${base}/api/health`), "the console to become healthy", 90_000, 500);
  await waitFor(() => httpOk(`http://127.0.0.1:${gatewayPort}/healthz`), "the gateway to listen", 30_000, 250);

  const directUrl = new URL(`${stub.url}/v1/chat/completions`);
  const gatewayUrl = new URL(`http://127.0.0.1:${gatewayPort}/gateway/openai/v1/chat/completions`);
  const consoleUrl = new URL(`${base}/gateway/openai/v1/chat/completions`);
  const auth = { authorization: `Bearer ${seeded.token}` };
  say("bench:gateway", "warm-up (not measured)");
  await drive(directUrl, { authorization: "Bearer sk-direct" }, 50, 3);
  await drive(gatewayUrl, auth, 50, 5);
  await drive(consoleUrl, auth, 50, 3);
  say("bench:gateway", `direct to the stub: ${RPS} req/s for ${SECONDS} s (upstream delay ${DELAY_MS} ms)`);
  const direct = await drive(directUrl, { authorization: "Bearer sk-direct" }, RPS, SECONDS);
  say("bench:gateway", `through the gateway: ${RPS} req/s for ${SECONDS} s`);
  const gateway = await drive(gatewayUrl, auth, RPS, SECONDS);
  const loop = ((await (await fetch(`http://127.0.0.1:${gatewayPort}/healthz`)).json()) as { eventLoopDelayMs: unknown }).eventLoopDelayMs;
  const internal = { ...(await seeded.meteredLatency(gateway.ok, 60_000)), event_loop_delay_ms: loop };
  say("bench:gateway", `through the console's origin (Next.js /gateway routes): ${RPS} req/s for ${SECONDS} s`);
  const viaConsole = await drive(consoleUrl, auth, RPS, SECONDS);
  const added = (a: number, b: number) => Math.round((a - b) * 100) / 100;
  console.error(`[bench:gateway] direct ${JSON.stringify(direct)}\n[bench:gateway] gateway ${JSON.stringify(gateway)}\n[bench:gateway] console origin ${JSON.stringify(viaConsole)}\n[bench:gateway] metered by the gateway ${JSON.stringify(internal)}`);
  console.log(JSON.stringify({
    rps: gateway.rps, added_p50_ms: added(gateway.p50, direct.p50), added_p95_ms: added(gateway.p95, direct.p95), added_p99_ms: added(gateway.p99, direct.p99),
    errors: gateway.errors, direct, gateway, metered: internal, upstream_delay_ms: DELAY_MS,
    console_origin: { ...viaConsole, added_p50_ms: added(viaConsole.p50, direct.p50), added_p99_ms: added(viaConsole.p99, direct.p99) },
  }));
} finally {
  await children.stopAll();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
