// The HTTP clients of bench:findings in a process of their own: a load generator is another machine, so building
// requests and parsing answers must not share the event loop of the server it times (in one process they cost
// about a quarter of that loop). Reads its plan as JSON from BENCH_PLAN, prints a JSON line when the measured phase starts, then one with the latencies.
import { Agent, request } from "node:http";

export type ClientPlan = {
  base: string;
  clients: number;
  requestsPerClient: number;
  /** Rounds of the same loop per client before the measured ones (JIT, caches and pools as on a serving server). */
  warmupPerClient: number;
  orgs: { token: string; apps: string[]; users: string[] }[];
};
export type ClientResults = {
  listMs: number[];
  counterMs: number[];
  /** Latencies per filter kind (index into listQueries), diagnostics only. */
  listByKind: number[][];
  counterByKind: number[][];
  cpuMs: number;
};

/** Common filters, rotated: the active default, severity, overdue, app, assignee, text, sorts, source. */
export const listQueries = (org: ClientPlan["orgs"][number], k: number) => [
  "", "severity=CRITICAL,HIGH", "sla=overdue", `app=${org.apps[k % org.apps.length]}`, "assignee=none&status=OPEN", "q=openai",
  "sort=severity", "sort=sla", `assignee=${org.users[k % org.users.length]}`, "source=SAST,SCA&severity=HIGH",
];
const countersQuery = (q: string) => q.replace(/&?sort=[a-z_]+/, "");

async function run(plan: ClientPlan): Promise<ClientResults> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.clients });
  const get = (path: string, token: string) => new Promise<{ ms: number; body: { nextCursor?: string | null } }>((resolve, reject) => {
    const s = performance.now();
    request(`${plan.base}${path}`, { agent, headers: { authorization: `Bearer ${token}`, host: "bench.local" } }, (res) => {
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
  // Warm-up: pools filled, and every org's list and counters read once, as on a server that has been serving them
  // (otherwise each client's first requests measure the first read of its org's pages since the seeding).
  for (const org of plan.orgs) {
    for (const q of listQueries(org, 0)) {
      await get(`/api/v1/findings?${q}`, org.token);
      await get(`/api/v1/findings/counters?${countersQuery(q)}`, org.token);
    }
  }
  const results: ClientResults = { listMs: [], counterMs: [], listByKind: [], counterByKind: [], cpuMs: 0 };
  const kinds = listQueries(plan.orgs[0]!, 0).length;
  results.listByKind = Array.from({ length: kinds }, () => []);
  results.counterByKind = Array.from({ length: kinds }, () => []);
  // Each client: its org's list (first page, every third time the second), then the counters, rotating filters.
  const loop = (rounds: number, record: boolean) => Promise.all(Array.from({ length: plan.clients }, async (_, c) => {
    const org = plan.orgs[c % plan.orgs.length]!;
    for (let k = 0; k < rounds; k++) {
      const q = listQueries(org, k)[k % kinds]!;
      const first = await get(`/api/v1/findings?${q}&limit=50`, org.token);
      const second = k % 3 === 0 && first.body.nextCursor ? await get(`/api/v1/findings?${q}&limit=50&cursor=${first.body.nextCursor}`, org.token) : null;
      const counters = await get(`/api/v1/findings/counters?${countersQuery(q)}`, org.token);
      if (!record) continue;
      results.listMs.push(first.ms, ...(second ? [second.ms] : []));
      results.listByKind[k % kinds]!.push(first.ms);
      results.counterMs.push(counters.ms);
      results.counterByKind[k % kinds]!.push(counters.ms);
    }
  }));
  await loop(plan.warmupPerClient, false);
  console.log(JSON.stringify({ phase: "measure" })); // the server counts its CPU from here
  const cpuBefore = process.cpuUsage();
  await loop(plan.requestsPerClient, true);
  const cpu = process.cpuUsage(cpuBefore);
  results.cpuMs = (cpu.user + cpu.system) / 1000;
  agent.destroy();
  return results;
}

if (process.env.BENCH_PLAN) {
  const results = await run(JSON.parse(process.env.BENCH_PLAN) as ClientPlan);
  console.log(JSON.stringify(results));
}
