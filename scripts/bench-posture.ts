// `npm run bench:posture`: seeds one org with BENCH_APPS apps (default 1,000) and their evidence (model usages,
// provider keys with secrets of every age, datasets and links, data stores, DLP policies, mapping rules, 30 days of
// LLM events, cloud audit events, findings, SAST/SCA imports, an alert webhook, attestations) with set-based SQL,
// then measures a full posture recompute (the worker's use case, cold and again in steady state) and the dashboard
// API (GET /api/v1/posture through its route handler on a node:http server, 10 concurrent clients, API key).
// Baselines in the same run: the evidence load alone, and a plain SELECT of the rows the dashboard reads.
// Last line: {apps, controls, evaluations, recompute_s, recompute_steady_s, evidence_load_s, dashboard_p50_ms,
// dashboard_p95_ms, dashboard_sql_p95_ms, ratio_dashboard_to_sql}. Goals (issue 7): recompute <= 10 s, p95 <= 100 ms.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { say } from "./lib/log";
import { analyzeAsOwner } from "./lib/db-roles";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack } from "./lib/stack";

const APPS = Number(process.env.BENCH_APPS ?? 1_000);
const EVENTS_PER_APP = Number(process.env.BENCH_EVENTS_PER_APP ?? 60);
const CLIENTS = 10;
const REQUESTS_PER_CLIENT = Number(process.env.BENCH_REQUESTS ?? 30);
const dataDir = `.data/bench-posture-${process.pid}`;

prismaGenerate();
const stack = await provisionStack({ dataDir, ephemeral: true });
try {
  const urls = await migrate(stack.postgres, "llmsecops_bench_posture");
  Object.assign(process.env, {
    ...consoleDatabaseEnv(urls), REDIS_URL: stack.redis.url, LOG_LEVEL: "warn", DATABASE_POOL_MAX: "12", API_MAX_IN_FLIGHT_PER_ORG: "64", API_MAX_RUNNING_PER_ORG: "64",
    ENCRYPTION_ROOT_KEYS: `1:${randomBytes(32).toString("base64url")}`, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const { db } = await import("@/lib/server/db");
  const { generateApiKey } = await import("@/lib/server/api-key-crypto");
  const { recomputePosture } = await import("@/lib/posture/server/recompute-posture");
  const { loadOrgEvidence } = await import("@/lib/posture/server/load-org-evidence");
  const { CONTROLS } = await import("@/lib/posture/controls");
  const postureRoute = await import("@/app/api/v1/posture/route");
  const { seedPostureEvidence } = await import("./bench/posture-seed");

  const t0 = performance.now();
  const org = await db.organization.create({ data: { slug: `bench-posture-${process.pid}`, name: "Bench posture" } });
  const user = await db.user.create({ data: { email: `admin-${process.pid}@bench.test`, name: "Bench admin" } });
  await db.membership.create({ data: { orgId: org.id, userId: user.id, role: "ADMIN" } });
  const key = generateApiKey();
  await db.apiKey.create({ data: { orgId: org.id, name: "bench", keyId: key.keyId, prefix: key.prefix, secretHash: key.secretHash, last4: key.last4, scopes: ["posture:read"], createdById: user.id } });
  await seedPostureEvidence(db, { orgId: org.id, userId: user.id, apps: APPS, eventsPerApp: EVENTS_PER_APP });
  await analyzeAsOwner(urls.owner);
  say("bench", `seeded ${APPS} apps with evidence in ${Math.round(performance.now() - t0)} ms`);

  let s = performance.now();
  await loadOrgEvidence(db, org.id, new Date());
  const evidenceLoadS = (performance.now() - s) / 1000;
  s = performance.now();
  const first = await recomputePosture(org.id, "manual");
  const recomputeS = (performance.now() - s) / 1000;
  say("bench", `cold recompute phases (ms): ${JSON.stringify(first.phasesMs)}`);
  s = performance.now();
  const steady = await recomputePosture(org.id, "manual");
  say("bench", `steady recompute phases (ms): ${JSON.stringify(steady.phasesMs)}`);
  const steadyS = (performance.now() - s) / 1000;
  say("bench", `recompute: ${first.evaluations} evaluations, ${first.findingsOpened} posture findings opened, org score ${first.orgScore}`);

  type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = new URL(req.url ?? "/", "http://bench.local");
    if (target.pathname !== "/api/v1/posture") return void res.writeHead(404).end();
    void (postureRoute.GET as Handler)(new Request(target, { method: req.method, headers: req.headers as Record<string, string> }), { params: Promise.resolve({}) }).then(async (r) => {
      res.writeHead(r.status, Object.fromEntries(r.headers));
      res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The warm-up answers are parsed and checked; measured answers are read whole and compared by size, so the clients
  // (in this same process) do not add their own JSON parsing of a ~300 KB document to the API's latency.
  let expectedBytes = -1;
  const get = async () => {
    const t = performance.now();
    const r = await fetch(`${base}/api/v1/posture`, { headers: { authorization: `Bearer ${key.token}`, host: "bench.local" } });
    const bytes = await r.arrayBuffer();
    const ms = performance.now() - t;
    if (expectedBytes < 0) {
      const body = JSON.parse(Buffer.from(bytes).toString("utf8")) as { apps?: unknown[] };
      if (r.status !== 200 || body.apps?.length !== APPS) throw new Error(`/api/v1/posture answered ${r.status} with ${body.apps?.length} apps`);
    } else if (r.status !== 200 || bytes.byteLength !== expectedBytes) throw new Error(`/api/v1/posture answered ${r.status} with ${bytes.byteLength} bytes (expected ${expectedBytes})`);
    return { ms, bytes: bytes.byteLength };
  };
  for (let i = 0; i < 5; i++) expectedBytes = (await get()).bytes;
  const ms: number[] = [];
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let k = 0; k < REQUESTS_PER_CLIENT; k++) ms.push((await get()).ms);
  }));
  server.close();
  // Baseline: the same rows with one plain query, same concurrency.
  const sqlMs: number[] = [];
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let k = 0; k < REQUESTS_PER_CLIENT; k++) {
      const t = performance.now();
      await db.$queryRaw`SELECT a.id, a.name, s.score, s.family_scores, s.failing FROM llm_apps a LEFT JOIN posture_app_scores s ON s.app_id = a.id WHERE a.org_id = ${org.id}::uuid`;
      sqlMs.push(performance.now() - t);
    }
  }));
  const pct = (xs: number[], p: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10;
  };
  await db.$disconnect();
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({
    apps: APPS, controls: CONTROLS.length, evaluations: first.evaluations, recompute_s: round(recomputeS), recompute_steady_s: round(steadyS),
    evidence_load_s: round(evidenceLoadS), dashboard_p50_ms: pct(ms, 0.5), dashboard_p95_ms: pct(ms, 0.95), dashboard_sql_p95_ms: pct(sqlMs, 0.95),
    ratio_dashboard_to_sql: round(pct(ms, 0.95) / Math.max(0.1, pct(sqlMs, 0.95))),
  }));
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
