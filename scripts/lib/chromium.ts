import { existsSync } from "node:fs";
import { aptInstall } from "./os-packages";
import { say } from "./log";

/** CHROMIUM_PATH, else /usr/bin/chromium; installs Debian's `chromium` package when missing and possible. */
export function ensureChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return path;
  say("chromium", `${path} not found; trying to install Debian's chromium package`);
  if (aptInstall(["chromium"]) && existsSync(path)) return path;
  throw new Error(`Chromium not found at ${path}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
}
