// Runs before each integration test file: gives the file its own database, cloned from the migrated
// template that scripts/test.ts prepared, and its own queue prefix in the shared Redis.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll } from "vitest";

const server = process.env.TEST_DATABASE_SERVER_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!server || !template || !process.env.REDIS_URL) {
  throw new Error("Integration tests need TEST_DATABASE_SERVER_URL, TEST_TEMPLATE_DATABASE and REDIS_URL: run them through `npm test` or `npm run test:int` after scripts/test.ts set them");
}

const suffix = randomBytes(5).toString("hex");
const database = `it_${suffix}`;
const admin = () => new pg.Client({ connectionString: new URL(`/postgres`, server).toString() });

const client = admin();
await client.connect();
await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
await client.end();

// The console's roles: the tenant role under row-level security and the system role (scripts/lib/db-roles.ts).
// Test code outside withOrgScope runs as the system role, like the CLI tools; route handlers and workers scope.
process.env.DATABASE_URL = new URL(`/${database}`, process.env.TEST_DATABASE_APP_SERVER_URL ?? server).toString();
process.env.DATABASE_SYSTEM_URL = new URL(`/${database}`, process.env.TEST_DATABASE_SYSTEM_SERVER_URL ?? server).toString();
process.env.TEST_DATABASE_OWNER_URL = new URL(`/${database}`, server).toString();
process.env.QUEUE_PREFIX = `it-${suffix}`;
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.LOG_LEVEL ??= "silent";
// A cold first run (fresh machine, files run one at a time, the gateway's first) must not let a limit check time
// out into "unchecked": tests of limits and budgets would then see the call through.
process.env.GATEWAY_LIMITS_WAIT_MS ??= "3000";
process.env.ENCRYPTION_ROOT_KEYS ??= `1:${randomBytes(32).toString("base64url")}`;
process.env.FILE_STORE_DIR = join(tmpdir(), `llmsecops-files-${suffix}`);

afterAll(async () => {
  const { db } = await import("@/lib/server/db");
  await db.$disconnect();
  const { closeQueues } = await import("@/lib/queue/queues");
  await closeQueues();
  const c = admin();
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await c.end();
  await rm(process.env.FILE_STORE_DIR!, { recursive: true, force: true });
});
