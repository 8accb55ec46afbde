import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { say } from "./log";

export function which(binary: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${binary}`], { encoding: "utf8" });
  const path = r.stdout.trim();
  return r.status === 0 && path ? path : null;
}

export const canInstallDebianPackages = () =>
  process.platform === "linux" && process.getuid?.() === 0 && existsSync("/etc/debian_version") && which("apt-get") !== null;

let aptUpdated = false;

/** Installs Debian packages with apt-get (root on Debian/Ubuntu only). Returns false when impossible. */
export function aptInstall(packages: string[]): boolean {
  if (!canInstallDebianPackages()) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    say("setup", "apt-get update");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    aptUpdated = true;
  }
  say("setup", `apt-get install -y ${packages.join(" ")}`);
  const r = spawnSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
  return r.status === 0;
}
