// `npm run dev`: the same provisioning as `npm start` (same .data), then the Next dev server with hot
// reload and the worker under `tsx watch`. Ctrl-C stops everything.
import { existsSync, readFileSync } from "node:fs";
import { say } from "./lib/log";
import { bin, ProcessGroup, run } from "./lib/processes";
import { persistentSecret } from "./lib/secrets";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack, type Stack } from "./lib/stack";

const DATA = process.env.DATA_DIR ?? ".data";
const PORT = Number(process.env.PORT ?? 3000);
const children = new ProcessGroup();
const started: { stack?: Stack } = {};

async function stop(code: number) {
  await children.stopAll();
  await started.stack?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

prismaGenerate();
const stack = await provisionStack({ dataDir: DATA, ephemeral: false });
started.stack = stack;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "development",
  ...consoleDatabaseEnv(await migrate(stack.postgres, process.env.DATABASE_NAME ?? "llmsecops")),
  REDIS_URL: stack.redis.url,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(`${DATA}/nextauth-secret`),
    ENCRYPTION_ROOT_KEYS: process.env.ENCRYPTION_ROOT_KEYS ?? `1:${persistentSecret(`${DATA}/root-key-1`)}`,
};
if (run(bin("tsx"), ["prisma/seed.ts", `${DATA}/demo-credentials.json`], env) !== 0) await stop(1);
children.start("web", bin("next"), ["dev", "-p", String(PORT)], { env });
children.start("worker", bin("tsx"), ["watch", "workers/main.ts"], { env: { ...env, SERVICE_NAME: "worker" } });
if (existsSync(`${DATA}/demo-credentials.json`)) {
  say("dev", `demo logins in ${DATA}/demo-credentials.json:`);
  for (const c of JSON.parse(readFileSync(`${DATA}/demo-credentials.json`, "utf8")) as { email: string; password: string; role: string }[]) {
    console.log(`    ${c.role.padEnd(8)} ${c.email.padEnd(22)} ${c.password}`);
  }
}
