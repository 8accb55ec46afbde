// `npm run import -- --org SLUG --app NAME [--create-app] FILE...`: imports SARIF 2.1.0 / CycloneDX JSON files into
// findings of one app with the same use case as the API (no HTTP), printing one JSON line per file:
// {file, format, results, created, updated, duplicates, resolved}. Settings from .data/runtime.json (the console that
// `npm start` runs) unless DATABASE_URL is set. Exit 2: bad usage, unknown org or app; exit 1: a file failed.
import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readRuntime } from "./lib/secrets";

const USAGE = "usage: npm run import -- --org SLUG --app NAME [--create-app] FILE...";
let args;
try {
  args = parseArgs({ options: { org: { type: "string" }, app: { type: "string" }, "create-app": { type: "boolean", default: false } }, allowPositionals: true });
} catch (error) {
  console.error(`[import] ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
const appName = values.app?.trim() ?? "";
if (!values.org || !appName || appName.length > 120 || positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const DATA = process.env.DATA_DIR ?? ".data";
if (!process.env.DATABASE_URL) {
  const runtime = readRuntime(`${DATA}/runtime.json`);
  if (!runtime) {
    console.error(`[import] no console database found (${DATA}/runtime.json): start it with \`npm start\`, or set DATABASE_URL`);
    process.exit(2);
  }
  for (const [k, v] of Object.entries(runtime)) if (!process.env[k]) process.env[k] = v;
}
process.env.LOG_LEVEL ??= "warn";

const { db } = await import("@/lib/server/db");
const { AppError } = await import("@/lib/server/errors");
const { findImportApp } = await import("@/lib/imports/server/find-import-app");
const { importFindings } = await import("@/lib/imports/server/import-findings");
const { IMPORT_LIMITS } = await import("@/lib/imports/types");

async function exit(code: number): Promise<never> {
  await db.$disconnect();
  process.exit(code);
}

const org = await db.organization.findUnique({ where: { slug: values.org }, select: { id: true } });
if (!org) {
  console.error(`[import] no organization with slug "${values.org}"`);
  await exit(2);
}
const orgId = org!.id;
const app = await findImportApp({ orgId, name: appName, create: values["create-app"] ?? false, system: "import-cli" });
if (!app) {
  console.error(`[import] no app named "${appName}" in organization "${values.org}": register it in the console, or pass --create-app`);
  await exit(2);
}
if (app!.created) console.error(`[import] registered app "${appName}"`);

let failed = false;
for (const path of positionals) {
  // npm runs scripts from the package root: relative paths are the caller's.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  try {
    const size = statSync(file).size;
    if (size > IMPORT_LIMITS.maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `larger than ${IMPORT_LIMITS.maxBytes} bytes`);
    const r = await importFindings({ ctx: { orgId, system: "import-cli" }, appId: app!.id, fileName: basename(path).slice(0, 255), bytes: readFileSync(file), via: "CLI" });
    console.log(JSON.stringify({ file: path, format: r.format, results: r.results, created: r.created, updated: r.updated, duplicates: r.duplicates, resolved: r.resolved }));
  } catch (error) {
    failed = true;
    const message = error instanceof AppError ? error.message : (error as NodeJS.ErrnoException).code === "ENOENT" ? "not found" : String((error as Error).message ?? error);
    console.log(JSON.stringify({ file: path, error: message }));
  }
}
await exit(failed ? 1 : 0);
