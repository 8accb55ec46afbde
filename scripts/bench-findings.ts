// `npm run bench:findings`: seeds BENCH_FINDINGS findings (default 1,000,000) across 10 orgs and their apps with
// set-based SQL, then measures the findings list and counters APIs over HTTP with 10 concurrent clients using an
// API key: the route handlers (auth, validation, SQL, JSON) served by a plain node:http server on loopback, so
// the figures leave out Next's router (≈ constant per request) but include everything of ours. The clients run in a
// process of their own (scripts/bench/findings-clients-process.ts), as a load generator on another machine would. Common filters
// rotate (active default, severity, overdue, app, assignee, text, sort by severity, second pages). After seeding,
// VACUUM (ANALYZE) brings the tables to the state autovacuum keeps them in. Each client first runs
// BENCH_WARMUP_REQUESTS rounds (default 60) unmeasured, as on a server that has been serving (JIT-compiled code, warm
// caches and pools: the first thousand requests cost about 40% more CPU each), then BENCH_REQUESTS measured rounds
// (default 300: about 7,000 requests). Diagnostic lines
// before the last: vacuum state of the table, CPU per request of the server, Postgres and the clients, first-page latencies
// per filter.
// Last line:
// {findings, list_p50_ms, list_p95_ms, counters_p95_ms}.
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createInterface } from "node:readline";
import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { say } from "./lib/log";
import { analyzeAsOwner } from "./lib/db-roles";
import { listQueries, type ClientPlan, type ClientResults } from "./bench/findings-clients-process";
import { cpuMsBetween, cpuTicks, postmasterPid } from "./lib/proc-cpu";
import { tsNode } from "./lib/processes";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack } from "./lib/stack";

const N = Number(process.env.BENCH_FINDINGS ?? 1_000_000);
const ORGS = 10;
const APPS_PER_ORG = 10;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const REQUESTS_PER_CLIENT = Number(process.env.BENCH_REQUESTS ?? 300);
const WARMUP_PER_CLIENT = Number(process.env.BENCH_WARMUP_REQUESTS ?? 60);
const dataDir = `.data/bench-findings-${process.pid}`;

prismaGenerate();
const stack = await provisionStack({ dataDir, ephemeral: true });
try {
  const urls = await migrate(stack.postgres, "llmsecops_bench_findings");
  Object.assign(process.env, {
    ...consoleDatabaseEnv(urls), REDIS_URL: stack.redis.url, LOG_LEVEL: "warn", DATABASE_POOL_MAX: "12", API_MAX_IN_FLIGHT_PER_ORG: "64", API_MAX_RUNNING_PER_ORG: "64",
    ENCRYPTION_ROOT_KEYS: `1:${randomBytes(32).toString("base64url")}`, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const { db } = await import("@/lib/server/db");
  const { generateApiKey } = await import("@/lib/server/api-key-crypto");
  const listRoute = await import("@/app/api/v1/findings/route");
  const countersRoute = await import("@/app/api/v1/findings/counters/route");

  // ─── Seed ───
  const t0 = performance.now();
  const orgs: { id: string; token: string; apps: string[]; users: string[] }[] = [];
  for (let o = 0; o < ORGS; o++) {
    const org = await db.organization.create({ data: { slug: `bench-${o}-${process.pid}`, name: `Bench ${o}` } });
    const users = await Promise.all([0, 1, 2].map((u) => db.user.create({ data: { email: `u${u}-${o}-${process.pid}@bench.test` } })));
    await db.membership.createMany({ data: users.map((u) => ({ orgId: org.id, userId: u.id, role: "ANALYST" as const })) });
    const apps = await Promise.all(Array.from({ length: APPS_PER_ORG }, (_, a) => db.llmApp.create({ data: { orgId: org.id, name: `App ${a}` } })));
    const key = generateApiKey();
    await db.apiKey.create({ data: { orgId: org.id, name: "bench", keyId: key.keyId, prefix: key.prefix, secretHash: key.secretHash, last4: key.last4, scopes: ["findings:read"], createdById: users[0]!.id } });
    orgs.push({ id: org.id, token: key.token, apps: apps.map((a) => a.id), users: users.map((u) => u.id) });
  }
  const perOrg = Math.ceil(N / ORGS);
  for (const org of orgs) {
    // Deterministic mix: severities skewed to medium/low, 70% active, spread over 90 days, a third assigned.
    await db.$executeRaw`
      INSERT INTO findings (id, org_id, app_id, source, detector, rule_id, title, severity, status, fingerprint, evidence, tags, occurrences,
        first_seen_at, last_seen_at, assignee_id, updated_at)
      SELECT gen_random_uuid(), ${org.id}::uuid, (${org.apps}::uuid[])[1 + i % ${APPS_PER_ORG}],
        (ARRAY['DLP','DLP','DLP','SAST','SCA','CORRELATION'])[1 + i % 6]::"FindingSource", 'bench', 'rule-' || (i % 97),
        (ARRAY['openai-api-key','EMAIL_ADDRESS','prompt injection','SQL injection','CVE-2024-' || (i % 5000),'shadow AI'])[1 + i % 6] || ' in ' || 'component-' || (i % 311),
        (ARRAY['CRITICAL','HIGH','HIGH','MEDIUM','MEDIUM','MEDIUM','LOW','LOW','INFO'])[1 + (i * 7) % 9]::"Severity",
        (ARRAY['OPEN','OPEN','OPEN','OPEN','TRIAGED','IN_PROGRESS','OPEN','RESOLVED','FALSE_POSITIVE','RISK_ACCEPTED'])[1 + (i * 3) % 10]::"FindingStatus",
        md5(${org.id} || i::text), 'masked', '{"owasp":["LLM02"],"atlas":[],"nist":[]}'::jsonb, 1 + i % 5,
        now() - make_interval(mins => (i * 13) % 129600), now() - make_interval(mins => (i * 7) % 43200),
        CASE WHEN i % 3 = 0 THEN (${org.users}::uuid[])[1 + i % 3] END, now()
      FROM generate_series(1, ${perOrg}) AS i`;
  }
  await analyzeAsOwner(urls.owner, ["findings", "finding_terms", "finding_count_deltas", "finding_due_deltas", "finding_term_counts"], { vacuum: true });
  const seeded = await db.finding.count();
  say("bench", `seeded ${seeded} findings in ${Math.round(performance.now() - t0)} ms`);

  // ─── Serve the route handlers over HTTP ───
  type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const routes: Record<string, Handler> = { "/api/v1/findings": listRoute.GET as Handler, "/api/v1/findings/counters": countersRoute.GET as Handler };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = new URL(req.url ?? "/", "http://bench.local");
    const handler = routes[target.pathname];
    if (!handler) return void res.writeHead(404).end();
    void handler(new Request(target, { method: req.method, headers: req.headers as Record<string, string> }), { params: Promise.resolve({}) }).then(async (r) => {
      res.writeHead(r.status, Object.fromEntries(r.headers));
      res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Diagnostics: index-only scans (counters' overdue count) visit the heap until VACUUM marks pages all-visible,
  // and autovacuum of the freshly seeded table may run during the measurement.
  const tableState = async () => {
    const [t] = await db.$queryRaw<{ pages: number; visible: number; vacuuming: boolean }[]>`
      SELECT c.relpages AS pages, c.relallvisible AS visible, EXISTS (SELECT 1 FROM pg_stat_progress_vacuum p WHERE p.relid = c.oid) AS vacuuming
      FROM pg_class c WHERE c.oid = 'findings'::regclass`;
    return t ? `${t.visible}/${t.pages} pages all-visible, ${t.vacuuming ? "autovacuum running" : "no vacuum running"}` : "unknown";
  };
  const stateBefore = await tableState();
  // The clients run in a process of their own (scripts/bench/findings-clients-process.ts), warm up, then announce
  // the measured phase, from which this process counts its CPU.
  const plan: ClientPlan = { base, clients: CLIENTS, requestsPerClient: REQUESTS_PER_CLIENT, warmupPerClient: WARMUP_PER_CLIENT, orgs: orgs.map(({ token, apps, users }) => ({ token, apps, users })) };
  const [command, args] = tsNode("scripts/bench/findings-clients-process.ts");
  const child = spawn(command, args, { env: { ...process.env, BENCH_PLAN: JSON.stringify(plan) }, stdio: ["ignore", "pipe", "inherit"] });
  const postgresPid = postmasterPid(dataDir);
  let cpuBefore = process.cpuUsage();
  let postgresBefore = cpuTicks(postgresPid, true);
  let results: ClientResults | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.startsWith("{")) continue;
    const message = JSON.parse(line) as ClientResults | { phase: string };
    if ("phase" in message) [cpuBefore, postgresBefore] = [process.cpuUsage(), cpuTicks(postgresPid, true)];
    else results = message;
  }
  if (!results) throw new Error("the bench clients exited without results");
  const { listMs, counterMs, listByKind, counterByKind } = results;
  const cpu = process.cpuUsage(cpuBefore);
  const postgresMs = cpuMsBetween(postgresBefore, cpuTicks(postgresPid, true));
  const stateAfter = await tableState();
  server.close();
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 10) / 10;
  };
  say("bench", `${listMs.length} list requests, ${counterMs.length} counter requests, ${CLIENTS} concurrent clients`);
  say("bench", `findings table before the run: ${stateBefore}; after: ${stateAfter}`);
  const perRequest = (ms: number) => (ms / (listMs.length + counterMs.length)).toFixed(2);
  say("bench", `CPU per request: server process (handlers) ${perRequest((cpu.user + cpu.system) / 1000)} ms, postgres ${postgresMs === null ? "?" : perRequest(postgresMs)} ms, clients process ${perRequest(results.cpuMs)} ms`);
  const kinds = listQueries({ token: "", apps: ["{app}"], users: ["{user}"] }, 0).map((q) => q.replace(/^$/, "(default)"));
  for (const [i, kind] of kinds.entries()) {
    const l = listByKind[i]!;
    const c = counterByKind[i]!;
    if (l.length) say("bench", `  ${kind}: list p50/p95 ${pct(l, 0.5)}/${pct(l, 0.95)} ms, counters p50/p95 ${pct(c, 0.5)}/${pct(c, 0.95)} ms`);
  }
  await db.$disconnect();
  console.log(JSON.stringify({ findings: seeded, list_p50_ms: pct(listMs, 0.5), list_p95_ms: pct(listMs, 0.95), counters_p95_ms: pct(counterMs, 0.95) }));
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
