import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { say } from "./log";
import { bin, run } from "./processes";

const SOURCES = ["app", "components", "lib", "public", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];
const STAMP = ".next/.source-fingerprint";

function fingerprint(): string {
  const hash = createHash("sha256");
  const walk = (path: string) => {
    if (!existsSync(path) || path.includes("generated")) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
  };
  SOURCES.forEach(walk);
  return hash.digest("hex");
}

/** `next build` unless the last build was made from the same sources. */
export function buildIfChanged(env: NodeJS.ProcessEnv): void {
  const current = fingerprint();
  if (existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === current) {
    say("build", "sources unchanged since the last build; reusing .next");
    return;
  }
  say("build", "next build");
  const code = run(bin("next"), ["build"], env);
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  writeFileSync(STAMP, current);
}
