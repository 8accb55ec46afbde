import { setRolePasswords, type DatabaseUrls } from "./db-roles";
import { say } from "./log";
import { ensurePostgres, createDatabaseIfMissing, type PostgresHandle } from "./postgres";
import { bin, run } from "./processes";
import { ensureRedis, type RedisHandle } from "./redis";

export type Stack = { postgres: PostgresHandle; redis: RedisHandle; stop: () => Promise<void> };

/** Postgres + Redis for a run: external ones from env, else local ones under `dataDir`. */
export async function provisionStack({ dataDir, ephemeral }: { dataDir: string; ephemeral: boolean }): Promise<Stack> {
  const postgres = await ensurePostgres({ dataDir: `${dataDir}/postgres`, ephemeral });
  let redis: RedisHandle;
  try {
    redis = await ensureRedis({ dataDir: `${dataDir}/redis`, ephemeral });
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return {
    postgres,
    redis,
    stop: async () => {
      await redis.stop().catch((e) => say("stop", `redis: ${String(e)}`));
      await postgres.stop().catch((e) => say("stop", `postgres: ${String(e)}`));
    },
  };
}

/** Migrates `database` as the owner; returns the URLs the console connects with (see db-roles.ts). */
export async function migrate(postgres: PostgresHandle, database: string): Promise<DatabaseUrls> {
  await createDatabaseIfMissing(postgres.serverUrl, database);
  const url = postgres.urlFor(database);
  say("prisma", `migrate deploy → ${database}`);
  const code = run(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code})`);
  return setRolePasswords(url);
}

/** The console's database settings for a migrated database. */
export const consoleDatabaseEnv = (urls: DatabaseUrls) => ({ DATABASE_URL: urls.app, DATABASE_SYSTEM_URL: urls.system });

export function prismaGenerate() {
  // The CLI wants a DATABASE_URL even for generate; no connection is made.
  const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://generate:only@127.0.0.1:1/none" };
  const code = run(bin("prisma"), ["generate"], env);
  if (code !== 0) throw new Error(`prisma generate failed (exit ${code})`);
}
