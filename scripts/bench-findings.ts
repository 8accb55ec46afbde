// `npm run bench:findings`: seeds BENCH_FINDINGS findings (default 1,000,000) across 10 orgs and their apps with
// set-based SQL, then measures the findings list and counters APIs over HTTP with 10 concurrent clients using an
// API key: the route handlers (auth, validation, SQL, JSON) served by a plain node:http server on loopback, so
// the figures leave out Next's router (≈ constant per request) but include everything of ours. Common filters
// rotate (active default, severity, overdue, app, assignee, text, sort by severity, second pages). After seeding,
// VACUUM (ANALYZE) brings the tables to the state autovacuum keeps them in. Diagnostic lines
// before the last: vacuum state of the table, this process's CPU per request and first-page latencies per filter.
// Last line:
// {findings, list_p50_ms, list_p95_ms, counters_p95_ms}.
import { randomBytes } from "node:crypto";
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { say } from "./lib/log";
import { analyzeAsOwner } from "./lib/db-roles";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack } from "./lib/stack";

const N = Number(process.env.BENCH_FINDINGS ?? 1_000_000);
const ORGS = 10;
const APPS_PER_ORG = 10;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const REQUESTS_PER_CLIENT = Number(process.env.BENCH_REQUESTS ?? 60);
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
  await analyzeAsOwner(urls.owner, ["findings", "finding_terms", "finding_count_deltas"], { vacuum: true });
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

  const listQueries = (org: (typeof orgs)[number], k: number) => [
    "", "severity=CRITICAL,HIGH", "sla=overdue", `app=${org.apps[k % APPS_PER_ORG]}`, "assignee=none&status=OPEN", "q=openai",
    "sort=severity", "sort=sla", `assignee=${org.users[k % 3]}`, "source=SAST,SCA&severity=HIGH",
  ];
  // The clients share this process (and its event loop) with the handlers, so they use node:http with keep-alive,
  // as a load generator would: this process spent 2.6 ms of CPU per request with fetch, 2.0-2.2 ms with this.
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const get = (path: string, token: string) => new Promise<{ ms: number; body: { nextCursor?: string | null } }>((resolve, reject) => {
    const s = performance.now();
    request(`${base}${path}`, { agent, headers: { authorization: `Bearer ${token}`, host: "bench.local" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        if (res.statusCode !== 200) return reject(new Error(`${path} answered ${res.statusCode}: ${text.slice(0, 500)}`));
        try {
          resolve({ ms: performance.now() - s, body: JSON.parse(text) as { nextCursor?: string | null } });
        } catch (error) {
          reject(error as Error);
        }
      });
    }).on("error", reject).end();
  });
  // Diagnostics: index-only scans (counters' overdue count) visit the heap until VACUUM marks pages all-visible,
  // and autovacuum of the freshly seeded table may run during the measurement.
  const tableState = async () => {
    const [t] = await db.$queryRaw<{ pages: number; visible: number; vacuuming: boolean }[]>`
      SELECT c.relpages AS pages, c.relallvisible AS visible, EXISTS (SELECT 1 FROM pg_stat_progress_vacuum p WHERE p.relid = c.oid) AS vacuuming
      FROM pg_class c WHERE c.oid = 'findings'::regclass`;
    return t ? `${t.visible}/${t.pages} pages all-visible, ${t.vacuuming ? "autovacuum running" : "no vacuum running"}` : "unknown";
  };
  const stateBefore = await tableState();
  // Warm-up: pools filled, and every org's list and counters read once, as on a server that has been serving them
  // (otherwise each client's first requests measure the first read of its org's pages since the seeding).
  for (const org of orgs) {
    for (const q of listQueries(org, 0)) {
      await get(`/api/v1/findings?${q}`, org.token);
      await get(`/api/v1/findings/counters?${q.replace(/&?sort=[a-z_]+/, "")}`, org.token);
    }
  }

  const listMs: number[] = [];
  const counterMs: number[] = [];
  // Diagnostics only: latencies per filter kind (index into listQueries) and this process's CPU per request.
  const listByKind: number[][] = Array.from({ length: 10 }, () => []);
  const counterByKind: number[][] = Array.from({ length: 10 }, () => []);
  const cpuBefore = process.cpuUsage();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    const org = orgs[c % ORGS]!;
    for (let k = 0; k < REQUESTS_PER_CLIENT; k++) {
      const q = listQueries(org, k)[k % 10]!;
      const first = await get(`/api/v1/findings?${q}&limit=50`, org.token);
      listMs.push(first.ms);
      listByKind[k % 10]!.push(first.ms);
      if (k % 3 === 0 && first.body.nextCursor) listMs.push((await get(`/api/v1/findings?${q}&limit=50&cursor=${first.body.nextCursor}`, org.token)).ms);
      const counters = await get(`/api/v1/findings/counters?${q.replace(/&?sort=[a-z_]+/, "")}`, org.token);
      counterMs.push(counters.ms);
      counterByKind[k % 10]!.push(counters.ms);
    }
  }));
  const cpu = process.cpuUsage(cpuBefore);
  const stateAfter = await tableState();
  server.close();
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 10) / 10;
  };
  say("bench", `${listMs.length} list requests, ${counterMs.length} counter requests, ${CLIENTS} concurrent clients`);
  say("bench", `findings table before the run: ${stateBefore}; after: ${stateAfter}`);
  say("bench", `this process (handlers + HTTP client): ${((cpu.user + cpu.system) / 1000 / (listMs.length + counterMs.length)).toFixed(2)} ms CPU per request`);
  const kinds = listQueries({ id: "", token: "", apps: ["{app}"], users: ["{user}"] }, 0).map((q) => q.replace(/^$/, "(default)"));
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
