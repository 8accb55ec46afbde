// A redis-server of the test file's own, for fault tests that kill and restart it (the harness's shared Redis must
// never be restarted). Every write is in the append-only file before it is acknowledged, so a restart after even a
// SIGKILL keeps everything; `wipe` deletes the data first, as a restart of a Redis without persistence would
// (queues, jobs and job schedulers gone).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import { freePort, waitFor } from "@/scripts/lib/net";

export type PrivateRedis = {
  url: string;
  /** Kills the server with `signal`, waits `downMs`, starts it again on the same port (empty when `wipe`). */
  restart: (signal: NodeJS.Signals, downMs: number, options?: { wipe?: boolean }) => Promise<void>;
  /** Kills the server and leaves it down until `up()`. */
  down: () => Promise<void>;
  up: () => Promise<void>;
  stop: () => Promise<void>;
};

async function ping(url: string) {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } finally {
    client.disconnect();
  }
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = resolve(`.data/faults-redis-${process.pid}-${randomBytes(3).toString("hex")}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const args = [
    "--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--maxmemory-policy", "noeviction", "--loglevel", "warning",
    "--appendonly", "yes", "--appendfsync", "always",
  ];
  let child: ChildProcess;
  const start = async () => {
    child = spawn("redis-server", args, { stdio: "ignore" });
    await waitFor(() => ping(url), `redis-server on port ${port}`, 15_000, 50);
  };
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
  };
  await start();
  return {
    url,
    restart: async (signal, downMs, { wipe = false } = {}) => {
      await kill(signal);
      if (wipe) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
      }
      await new Promise((r) => setTimeout(r, downMs));
      await start();
    },
    down: () => kill("SIGKILL"),
    up: start,
    stop: async () => {
      await kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
