import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Generated once per machine and kept in .data, so sessions survive restarts without a fixed secret in code. */
export function persistentSecret(file: string, bytes = 32): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const value = randomBytes(bytes).toString("base64url");
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

/** The running console's connection settings for local tools; readable by the owner only. */
export function writeRuntime(file: string, values: Record<string, string>) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(values, null, 2) + "\n", { mode: 0o600 });
}

export function readRuntime(file: string): Record<string, string> | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : null;
}
