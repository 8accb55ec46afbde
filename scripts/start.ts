// `npm start`: provision Postgres and Redis, migrate, seed the demo org when empty, build, then run
// the web console, the worker and the AI gateway side by side. Ctrl-C stops everything this script started.
import { existsSync, readFileSync } from "node:fs";
import { buildIfChanged } from "./lib/build";
import { say } from "./lib/log";
import { httpOk, waitFor } from "./lib/net";
import { bin, ProcessGroup, run, tsNode } from "./lib/processes";
import { persistentSecret, writeRuntime } from "./lib/secrets";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack, type Stack } from "./lib/stack";

const DATA = process.env.DATA_DIR ?? ".data";
const PORT = Number(process.env.PORT ?? 3000);
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const HOST = process.env.HOST ?? "0.0.0.0";
const CREDENTIALS = `${DATA}/demo-credentials.json`;

const children = new ProcessGroup();
let stack: Stack | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  say("stop", "stopping web, worker, gateway, Redis and Postgres…");
  await children.stopAll();
  await stack?.stop();
  say("stop", "stopped");
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  prismaGenerate();
  stack = await provisionStack({ dataDir: DATA, ephemeral: false });
  const database = consoleDatabaseEnv(await migrate(stack.postgres, process.env.DATABASE_NAME ?? "llmsecops"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    ...database,
    REDIS_URL: stack.redis.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(`${DATA}/nextauth-secret`),
    ENCRYPTION_ROOT_KEYS: process.env.ENCRYPTION_ROOT_KEYS ?? `1:${persistentSecret(`${DATA}/root-key-1`)}`,
    FILE_STORE_DIR: process.env.FILE_STORE_DIR ?? `${DATA}/files`,
    // New virtual keys point SDKs at the gateway server (the console-origin /gateway routes work too, but slower).
    GATEWAY_PUBLIC_URL: process.env.GATEWAY_PUBLIC_URL ?? `http://localhost:${GATEWAY_PORT}`,
  };
  // Where tools like `npm run ingest` find the running console's database, Redis and file store.
  writeRuntime(`${DATA}/runtime.json`, { ...database, REDIS_URL: stack.redis.url, FILE_STORE_DIR: env.FILE_STORE_DIR!, ENCRYPTION_ROOT_KEYS: env.ENCRYPTION_ROOT_KEYS! });
  if (run(bin("tsx"), ["prisma/seed.ts", CREDENTIALS], env) !== 0) throw new Error("seeding failed");
  buildIfChanged(env);

    // The web and the worker get no implicit database access: a query outside an org or system scope sees no
  // tenant rows (the seed and the CLI tools run as the system role).
  const served = { ...env, DATABASE_UNSCOPED: "none" };
  const web = children.start("web", ...tsNode("web/server.ts"), { env: { ...served, SERVICE_NAME: "web", PORT: String(PORT), HOST } });
  const worker = children.start("worker", ...tsNode("workers/main.ts"), { env: { ...served, SERVICE_NAME: "worker" } });
  const gateway = children.start("gateway", ...tsNode("gateway/main.ts"), { env: { ...served, SERVICE_NAME: "gateway", GATEWAY_PORT: String(GATEWAY_PORT), GATEWAY_HOST: HOST } });
  for (const [name, child] of [["web", web], ["worker", worker], ["gateway", gateway]] as const) {
    child.on("exit", (code) => {
      if (!stopping) {
        say(name, `exited unexpectedly (code ${code}); stopping`);
        void stop(1);
      }
    });
  }
  await waitFor(() => httpOk(`http://127.0.0.1:${PORT}/api/health`), "the console to become healthy", 90_000, 500);
  await waitFor(() => httpOk(`http://127.0.0.1:${GATEWAY_PORT}/healthz`), "the AI gateway to listen", 30_000, 250);

  say("ready", `LLM SecOps Console: ${env.NEXTAUTH_URL}`);
  say("ready", `AI gateway: http://localhost:${GATEWAY_PORT}/gateway/openai/v1 and /gateway/anthropic (also on the console's origin)`);
  if (existsSync(CREDENTIALS)) {
    const creds = JSON.parse(readFileSync(CREDENTIALS, "utf8")) as { email: string; password: string; role: string }[];
    say("ready", `demo logins (also in ${CREDENTIALS}):`);
    for (const c of creds) console.log(`    ${c.role.padEnd(8)} ${c.email.padEnd(22)} ${c.password}`);
  }
  say("ready", "Ctrl-C stops everything");
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}
