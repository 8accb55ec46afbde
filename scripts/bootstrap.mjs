// Entry point of `npm start`, `npm test` and `npm run dev` on a machine that may have nothing but
// Node and npm: installs dependencies when missing, then hands over to the TypeScript script.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const command = process.argv[2];
if (!["start", "test", "dev", "ingest", "import"].includes(command ?? "")) {
  console.error("usage: node scripts/bootstrap.mjs start|test|dev|ingest|import");
  process.exit(2);
}

const installedMarker = join(root, "node_modules", ".package-lock.json");
const lockfile = join(root, "package-lock.json");
const needsInstall =
  !existsSync(installedMarker) || statSync(lockfile).mtimeMs > statSync(installedMarker).mtimeMs;
if (needsInstall) {
  console.log("[bootstrap] installing dependencies (npm ci)…");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// One node process with tsx as a loader (the tsx CLI's relaying parent would force-kill on a 2nd signal).
const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts", `${command}.ts`), ...process.argv.slice(3)], {
  cwd: root,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...process.env },
});
// Ctrl-C reaches the whole process group; a SIGTERM sent to this process alone is forwarded.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
// If whoever started us dies without passing a signal on (npm does that), stop our tree too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill("SIGTERM");
}, 1_000).unref();
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
