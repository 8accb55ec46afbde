// `npm test`: provision Postgres and Redis (separate from `npm start`'s), then lint, typecheck, unit,
// integration and Playwright e2e against the production build. `npm test -- unit integration` runs a subset.
import { randomBytes } from "node:crypto";
import { mkdirSync, openSync } from "node:fs";
import { buildIfChanged } from "./lib/build";
import { ensureChromium } from "./lib/chromium";
import { say } from "./lib/log";
import { freePort, httpOk, waitFor } from "./lib/net";
import { createDatabaseIfMissing } from "./lib/postgres";
import { failedTests, vitestReport } from "./lib/test-report";
import { bin, ProcessGroup, run, runAsync, tsNode } from "./lib/processes";
import { databaseUrls } from "./lib/db-roles";
import { consoleDatabaseEnv, migrate, prismaGenerate, provisionStack, type Stack } from "./lib/stack";

const ALL = ["lint", "typecheck", "unit", "integration", "e2e", "start"] as const;
type StepName = (typeof ALL)[number];
// `npm test -- unit integration` runs a subset; file filters for vitest may follow a `--files` marker.
const argv = process.argv.slice(2);
const filesAt = argv.indexOf("--files");
const fileFilters = filesAt >= 0 ? argv.slice(filesAt + 1) : [];
const requested = (filesAt >= 0 ? argv.slice(0, filesAt) : argv).filter((a) => !a.startsWith("-"));
const unknown = requested.filter((r) => !(ALL as readonly string[]).includes(r));
if (unknown.length) throw new Error(`unknown test kind(s): ${unknown.join(", ")}; choose from ${ALL.join(", ")}`);
const steps: StepName[] = requested.length ? (requested as StepName[]) : [...ALL];

const results: { step: string; ok: boolean; seconds: number; note?: string }[] = [];
const children = new ProcessGroup();
let stack: Stack | undefined;

async function step(name: string, fn: () => number | Promise<number>) {
  const started = Date.now();
  say("test", `── ${name} ──`);
  let code = 1;
  let note: string | undefined;
  try {
    code = await fn();
  } catch (error) {
    note = error instanceof Error ? error.message : String(error);
    console.error(`[test] ${name}: ${note}`);
  }
  results.push({ step: name, ok: code === 0, seconds: Math.round((Date.now() - started) / 100) / 10, note });
}

async function cleanup() {
  await children.stopAll(10_000);
  await stack?.stop();
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const needsStack = steps.some((s) => s === "integration" || s === "e2e");

try {
  prismaGenerate();
  let templateUrl = "";
  if (needsStack) {
    stack = await provisionStack({ dataDir: `.data/test-${process.pid}`, ephemeral: true });
    templateUrl = (await migrate(stack.postgres, "llmsecops_template")).owner;
  }
  if (steps.includes("lint")) await step("lint", () => run(bin("eslint"), [".", "--max-warnings", "0"], baseEnv));
  if (steps.includes("typecheck")) await step("typecheck", () => run(bin("tsc"), ["--noEmit"], baseEnv));
  if (steps.includes("unit")) await step("unit", () => run(bin("vitest"), ["run", "--project", "unit", ...vitestReport("unit"), ...fileFilters], baseEnv));
  if (steps.includes("integration")) {
    await step("integration", () =>
      runAsync(bin("vitest"), ["run", "--project", "integration", ...vitestReport("integration"), ...fileFilters], {
        ...baseEnv,
        TEST_DATABASE_SERVER_URL: stack!.postgres.serverUrl,
        TEST_DATABASE_APP_SERVER_URL: databaseUrls(stack!.postgres.serverUrl).app,
        TEST_DATABASE_SYSTEM_SERVER_URL: databaseUrls(stack!.postgres.serverUrl).system,
        TEST_TEMPLATE_DATABASE: new URL(templateUrl).pathname.slice(1),
        REDIS_URL: stack!.redis.url,
      }),
    );
  }
  if (steps.includes("e2e")) await step("e2e", () => runE2e(stack!));
} finally {
  await cleanup();
}
// Last, with the test stack stopped: `npm start` from an empty data directory, signed in, stopped.
if (steps.includes("start")) await step("start", () => run(bin("tsx"), ["scripts/smoke-start.ts"], baseEnv));

async function runE2e(s: Stack): Promise<number> {
  const chromium = ensureChromium();
  await createDatabaseIfMissing(s.postgres.serverUrl, "llmsecops_e2e", "llmsecops_template");
  const [port, oidcPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const oauthSecret = randomBytes(24).toString("base64url");
  mkdirSync("test-results", { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    NODE_ENV: "production",
    ...consoleDatabaseEnv(databaseUrls(s.postgres.urlFor("llmsecops_e2e"))),
    REDIS_URL: s.redis.url,
    QUEUE_PREFIX: "e2e",
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_ROOT_KEYS: `1:${randomBytes(32).toString("base64url")}`,
    OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
    OAUTH_E2E_CLIENT_ID: "console-oauth-e2e",
    OAUTH_E2E_CLIENT_SECRET: oauthSecret,
    OIDC_EXTRA_CLIENTS: JSON.stringify([{ clientId: "console-oauth-e2e", clientSecret: oauthSecret, redirectUris: [`${baseUrl}/api/v1/integrations/oauth/callback`] }]),
    OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
    OIDC_CLIENT_ID: "console-e2e",
    OIDC_CLIENT_SECRET: randomBytes(24).toString("base64url"),
    OIDC_DISPLAY_NAME: "Loopback IdP",
    OIDC_PORT: String(oidcPort),
    OIDC_REDIRECT_URI: `${baseUrl}/api/auth/callback/oidc`,
    OIDC_USERS_FILE: "test-results/oidc-users.json",
    E2E_FIXTURES_FILE: "test-results/e2e-fixtures.json",
    E2E_BASE_URL: baseUrl,
    CHROMIUM_PATH: chromium,
    LOG_LEVEL: "warn",
  };
  if ((await runAsync(bin("tsx"), ["e2e/fixtures/seed.ts"], env)) !== 0) throw new Error("e2e seed failed");
  buildIfChanged(env);
  // Server output goes to files the specs can read (the canary spec checks that no secret is ever logged).
  const logTo = (name: string) => {
    const fd = openSync(`test-results/${name}.log`, "w");
    return { stdio: ["ignore", fd, fd] as ["ignore", number, number] };
  };
  children.start("oidc", ...tsNode("test/oidc/serve.ts"), { env, ...logTo("oidc") });
  // Like `npm start`, the running console gets no implicit database access: a query outside an org or system
  // scope sees no tenant rows (the seed and the specs' own queries run as the system role).
  const served = { ...env, LOG_LEVEL: "info", DATABASE_UNSCOPED: "none" };
  children.start("web", ...tsNode("web/server.ts"), { env: { ...served, SERVICE_NAME: "web", PORT: String(port), HOST: "127.0.0.1" }, ...logTo("web") });
  children.start("worker", ...tsNode("workers/main.ts"), { env: { ...served, SERVICE_NAME: "worker" }, ...logTo("worker") });
  await waitFor(() => httpOk(`${env.OIDC_ISSUER}/.well-known/openid-configuration`), "the loopback OpenID provider", 30_000);
  await waitFor(() => httpOk(`${baseUrl}/api/health`), "the console (web + worker) to be healthy", 90_000, 500);
  const code = await runAsync(bin("playwright"), ["test", ...fileFilters], env);
  if (code !== 0) say("e2e", "server logs: test-results/web.log, test-results/worker.log, test-results/oidc.log");
  return code;
}

console.log("\n[test] summary");
for (const r of results) console.log(`  ${r.ok ? "PASS" : "FAIL"}  ${r.step.padEnd(12)} ${String(r.seconds).padStart(6)} s${r.note ? `  (${r.note})` : ""}`);
for (const line of failedTests(["unit", "integration"].filter((s) => results.some((r) => r.step === s && !r.ok)))) console.log(line);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || results.length < steps.length ? 1 : 0);
