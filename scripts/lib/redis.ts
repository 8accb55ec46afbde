import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import { say } from "./log";
import { freePort, waitFor } from "./net";
import { aptInstall, canInstallDebianPackages, which } from "./os-packages";

export type RedisHandle = { url: string; stop: () => Promise<void> };

async function ping(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } finally {
    client.disconnect();
  }
}

function findRedisServer(): string | null {
  const onPath = which("redis-server");
  if (onPath) return onPath;
  if (canInstallDebianPackages() && aptInstall(["redis-server"])) return which("redis-server");
  return null;
}

/**
 * REDIS_URL when set; else a `redis-server` from PATH on a free loopback port with data under
 * `dataDir`; else (Debian/Ubuntu as root) installs the OS package first; else explains what to do.
 */
export async function ensureRedis({ dataDir, ephemeral }: { dataDir: string; ephemeral: boolean }): Promise<RedisHandle> {
  if (process.env.REDIS_URL) {
    const url = process.env.REDIS_URL;
    if (!(await ping(url).catch(() => false))) throw new Error(`REDIS_URL is set but Redis does not answer PING at ${new URL(url).host}`);
    say("redis", `using REDIS_URL ${new URL(url).host}`);
    return { url, stop: async () => {} };
  }
  const binary = findRedisServer();
  if (!binary) {
    throw new Error(
      "No Redis available. Set REDIS_URL=redis://host:port, or install redis-server (Debian/Ubuntu: `apt-get install redis-server`, macOS: `brew install redis`) so it is on PATH.",
    );
  }
  if (ephemeral) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const args = [
    "--port", String(port), "--bind", "127.0.0.1", "--dir", resolve(dataDir), "--daemonize", "no",
    "--maxmemory-policy", "noeviction", "--save", "", "--appendonly", ephemeral ? "no" : "yes",
    "--protected-mode", "yes", "--loglevel", "warning",
  ];
  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "inherit"] });
  const url = `redis://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  await waitFor(() => ping(url), `redis-server on port ${port}`, 15_000, 100);
  say("redis", `redis-server on 127.0.0.1:${port} (data in ${dataDir})`);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      if (ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
