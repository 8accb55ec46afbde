// `npm run verify:security`: runs the security and reliability proofs that fit in CI (integration tests named
// security-*, row-level security, rate limits, member removal and the ingestion fault tests; `--e2e` adds the
// Playwright security specs) and prints one table of
// the figures they recorded (test/security/figures.ts), then one JSON line. Exit code: the tests' own.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const withE2e = process.argv.includes("--e2e");
// --long: the full chaos test (100,000 lines in 40 files, 20 worker kills, Redis and Postgres restarts) and the 60 s
// flood (`npm run load -- --seconds 60`), whose figures join the table.
const long = process.argv.includes("--long");
const dir = resolve(`.data/security-figures-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const env = { ...process.env, SECURITY_FIGURES_DIR: dir, ...(long ? { CHAOS_EVENTS: "100000", CHAOS_FILES: "40", CHAOS_KILLS: "20" } : {}) };
const runTests = (kind: string, filters: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/test.ts", kind, "--files", ...filters], { stdio: "inherit", env }).status ?? 1;

let status = runTests("integration", ["security-", "row-level-security", "api-rate-limit", "members.int", "ingest-crash", "ingest-faults", "ingest-chaos", "posture.int"]);
if (withE2e) status ||= runTests("e2e", ["security"]);
if (long) status ||= runLoad();

/** `npm run load -- --seconds 60`: its last line (JSON) becomes the "load" section; failing its goals fails the run. */
function runLoad(): number {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/load.ts", "--seconds", "60"], { stdio: ["ignore", "pipe", "inherit"], env, encoding: "utf8", maxBuffer: 64 << 20 });
  process.stdout.write(run.stdout ?? "");
  if (run.status !== 0) return run.status ?? 1;
  const last = JSON.parse((run.stdout ?? "").trim().split("\n").pop() ?? "{}") as LoadResult;
  const figures = {
    calmBaselineP95Ms: last.baseline.p95, calmUnderFloodP95Ms: last.calm_under_flood.p95, ratio: last.ratio_calm_p95_flood_to_baseline,
    floodRps: last.flood.rps, flood429: last.flood.status429, floodRetryAfterSeen: String(last.flood_retry_after_seen), calm429: last.calm_under_flood.status429,
  };
  writeFileSync(join(dir, "load.json"), JSON.stringify({ section: "load", figures, at: new Date().toISOString() }));
  return last.goals_met ? 0 : 1;
}
type LoadResult = {
  baseline: { p95: number }; calm_under_flood: { p95: number; status429: number }; flood: { rps: number; status429: number };
  ratio_calm_p95_flood_to_baseline: number; flood_retry_after_seen: boolean; goals_met: boolean;
};

type Section = { section: string; figures: Record<string, number | string>; at: string };
const sections: Section[] = readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Section);
const rows = sections.flatMap((s) => Object.entries(s.figures).map(([k, v]) => [s.section, k, String(v)] as const));
const width = (i: 0 | 1 | 2) => Math.max(8, ...rows.map((r) => r[i].length));
const line = (r: readonly string[]) => `${r[0]!.padEnd(width(0))}  ${r[1]!.padEnd(width(1))}  ${r[2]!.padStart(width(2))}`;
console.log(`\n${line(["proof", "figure", "value"])}\n${"-".repeat(width(0) + width(1) + width(2) + 4)}`);
for (const r of rows) console.log(line(r));
if (rows.length === 0) console.log("(no figures recorded: did the proofs run?)");
console.log(JSON.stringify({ ok: status === 0, ...Object.fromEntries(sections.map((s) => [s.section, s.figures])) }));
rmSync(dir, { recursive: true, force: true });
process.exit(status);
