// Boots `npm start`'s real path (bootstrap → provisioning → migrate → seed → build → web + worker)
// into a fresh data directory, signs in with a printed demo login, then stops it as Ctrl-C does and
// checks that nothing it started is left running. Used by `npm test` as the "start" step.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { say } from "./lib/log";
import { freePort, httpOk, waitFor } from "./lib/net";

const dataDir = `.data/smoke-${process.pid}`;
const port = await freePort();
const gatewayPort = await freePort();
const base = `http://127.0.0.1:${port}`;
const child = spawn("node", ["scripts/bootstrap.mjs", "start"], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), GATEWAY_PORT: String(gatewayPort), HOST: "127.0.0.1", NEXTAUTH_URL: base, DATABASE_URL: "", REDIS_URL: "" },
  stdio: ["ignore", "pipe", "inherit"],
  detached: true, // its own process group, so the stop below is exactly what Ctrl-C in a terminal sends
});
let output = "";
child.stdout.on("data", (d: Buffer) => (output += d.toString()));
const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

async function signIn(email: string, password: string): Promise<number> {
  const jar: string[] = [];
  const keep = (res: Response) => res.headers.getSetCookie().forEach((c) => jar.push(c.split(";")[0]!));
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(login);
  const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: jar.join("; ") } });
  return me.status;
}

// `npm run ingest` against the running console: the worker processes the file and the ledger balances.
async function ingestThroughCli() {
  const file = `${dataDir}/smoke-trail.jsonl`;
  const record = (i: number) => JSON.stringify({ eventTime: "2025-03-01T10:00:00Z", eventSource: "sts.amazonaws.com", eventName: "AssumeRole", userIdentity: { arn: `arn:aws:iam::123456789012:user/smoke${i}` }, recipientAccountId: "123456789012" });
  writeFileSync(file, `${record(1)}\n{broken\n${record(2)}\n`);
  // Async, so this process keeps draining npm start's output meanwhile.
  const cli = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn("node", ["scripts/bootstrap.mjs", "ingest", "--org", "demo", "--source", "auto", file], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", REDIS_URL: "" } });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => p.kill("SIGKILL"), 120_000);
    p.on("exit", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
  let ledger: Record<string, unknown> = {};
  try {
    ledger = JSON.parse(cli.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
  } catch {
    // reported below with the CLI's own output
  }
  const expected = { source: "aws-cloudtrail", lines: 3, stored: 2, duplicates: 0, rejected: 1 };
  if (cli.status !== 0 || Object.entries(expected).some(([k, v]) => ledger[k] !== v)) {
    throw new Error(`npm run ingest printed ${JSON.stringify(cli.stdout.trim())} and ${JSON.stringify(cli.stderr.trim().slice(-2000))} (exit ${cli.status}); expected ${JSON.stringify(expected)}`);
  }
  say("smoke", `npm run ingest: ${JSON.stringify(ledger)}`);
}

let failure: string | null = null;
try {
  const ready = () => output.includes("[ready] Ctrl-C stops everything");
  await waitFor(async () => child.exitCode !== null || ready(), "npm start to print the demo logins", 300_000, 500);
  if (!ready()) throw new Error(`npm start exited early (code ${child.exitCode})`);
  if (!(await httpOk(`${base}/api/health`))) throw new Error("/api/health is not 200");
  if (!(await httpOk(`http://127.0.0.1:${gatewayPort}/healthz`))) throw new Error("the AI gateway's /healthz is not 200");
  const creds = JSON.parse(readFileSync(`${dataDir}/demo-credentials.json`, "utf8")) as { email: string; password: string; role: string }[];
  if (creds.length !== 3 || !creds.every((c) => output.includes(c.password))) throw new Error("demo logins were not printed and written");
  for (const c of creds) {
    const status = await signIn(c.email, c.password);
    if (status !== 200) throw new Error(`${c.role} could not sign in with the printed password (GET /api/v1/me → ${status})`);
  }
  say("smoke", `npm start served ${base}; all ${creds.length} demo users signed in`);
  await ingestThroughCli();
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
  console.error(output.slice(-3000));
} finally {
  process.kill(-child.pid!, "SIGINT"); // Ctrl-C: SIGINT to every process in the group
  const code = await Promise.race([exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 30_000))]);
  if (code === "timeout") failure ??= "npm start did not stop within 30 s of Ctrl-C";
  if (!output.includes("[stop] stopped")) failure ??= "npm start did not finish its orderly shutdown";
  const pidFile = `${dataDir}/postgres/cluster/postmaster.pid`;
  if (existsSync(pidFile)) failure ??= "Postgres was left running after stop";
  await waitFor(async () => !(await httpOk(`${base}/api/health`).catch(() => false)), "the web server to stop", 10_000).catch(() => {
    failure ??= "the web server was left running after stop";
  });
  await waitFor(async () => !(await httpOk(`http://127.0.0.1:${gatewayPort}/healthz`).catch(() => false)), "the gateway to stop", 10_000).catch(() => {
    failure ??= "the AI gateway was left running after stop";
  });
  rmSync(dataDir, { recursive: true, force: true });
}
if (failure) {
  console.error(`[smoke] FAILED: ${failure}`);
  process.exit(1);
}
say("smoke", "stopped cleanly, nothing left running");
