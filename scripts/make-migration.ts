// Developer helper: `npx tsx scripts/make-migration.ts <name>` writes prisma/migrations/<ts>_<name>/
// with the SQL that takes a database migrated to the current migrations to the current schema.
// It diffs the schema as committed with the newest migration (git) against the working schema, on a
// throwaway embedded Postgres. (Prisma 6.19's WASM engine crashes introspecting a database that has
// our audit trigger function, so `migrate dev` and `--from-migrations` cannot be used.)
// Commit each migration together with the schema change it came from.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { say } from "./lib/log";
import { bin } from "./lib/processes";
import { migrate, provisionStack } from "./lib/stack";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: tsx scripts/make-migration.ts <snake_case_name>");
const stack = await provisionStack({ dataDir: `.data/migrate-${process.pid}`, ephemeral: true });
try {
  const url = (await migrate(stack.postgres, "llmsecops_migrate")).owner;
  const lastMigrationCommit = execFileSync("git", ["log", "-1", "--format=%H", "--", "prisma/migrations"], { encoding: "utf8" }).trim();
  const baseline = `.data/schema-at-last-migration-${process.pid}.prisma`;
  writeFileSync(baseline, execFileSync("git", ["show", `${lastMigrationCommit}:prisma/schema.prisma`], { encoding: "utf8" }));
  const diff = spawnSync(bin("prisma"), ["migrate", "diff", "--from-schema-datamodel", baseline, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (diff.status !== 0) throw new Error(`prisma migrate diff failed:\n${diff.stderr}`);
  const sql = diff.stdout.trim();
  if (!sql || sql === "-- This is an empty migration.") {
    say("prisma", "schema and migrations agree: nothing to do");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = `prisma/migrations/${stamp}_${name}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/migration.sql`, `${sql}\n`);
    say("prisma", `wrote ${dir}/migration.sql`);
  }
} finally {
  await stack.stop();
}
