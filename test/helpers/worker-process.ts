// The real worker (workers/main.ts) as a child process, for fault tests: waits until it has started, keeps its log
// lines, and says whether it is still alive.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

export type WorkerProcess = {
  child: ChildProcess;
  /** Parsed pino lines written so far. */
  logs: Record<string, unknown>[];
  /** What it wrote to stderr (a crash's stack trace). */
  stderr: () => string;
  alive: () => boolean;
  kill: (signal: NodeJS.Signals) => Promise<void>;
};

export function startWorkerProcess(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "workers/main.ts"], {
    env: { ...process.env, SERVICE_NAME: "worker", LOG_LEVEL: "info", DATABASE_UNSCOPED: "none", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const handle: WorkerProcess = {
    child, logs, alive, stderr: () => stderr.join(""),
    kill: async (signal) => {
      if (!alive()) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === "worker started") resolve(handle);
      } catch {
        logs.push({ msg: line });
      }
    });
    child.once("exit", (code, signal) => reject(new Error(`worker exited before it started (${code ?? signal}): ${stderr.join("").slice(-2000)}`)));
  });
}
