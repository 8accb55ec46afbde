// Developer helper: `npx tsx scripts/make-migration.ts <name>` creates a migration from schema
// changes against a throwaway embedded Postgres (the js engine cannot create databases itself).
import { say } from "./lib/log";
import { bin, run } from "./lib/processes";
import { createDatabaseIfMissing } from "./lib/postgres";
import { provisionStack } from "./lib/stack";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: tsx scripts/make-migration.ts <snake_case_name>");
const stack = await provisionStack({ dataDir: ".data/migrate", ephemeral: true });
try {
  await createDatabaseIfMissing(stack.postgres.serverUrl, "llmsecops_migrate");
  const url = stack.postgres.urlFor("llmsecops_migrate");
  const code = run(bin("prisma"), ["migrate", "dev", "--name", name, "--skip-seed"], { ...process.env, DATABASE_URL: url });
  say("prisma", `migrate dev exited ${code}`);
  process.exitCode = code;
} finally {
  await stack.stop();
}
