import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { say } from "./log";

/** Children started by a script, stopped together (newest first) on shutdown. */
export class ProcessGroup {
  private readonly children: { name: string; child: ChildProcess }[] = [];

  start(name: string, command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    this.children.push({ name, child });
    return child;
  }

  async stopAll(timeoutMs = 10_000) {
    for (const { name, child } of [...this.children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => {
        say("stop", `${name} did not stop within ${timeoutMs} ms; killing it`);
        child.kill("SIGKILL");
      }, timeoutMs);
      await exited;
      clearTimeout(timer);
    }
  }
}

/** Runs a command to completion with inherited output; returns its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const r = spawnSync(command, args, { stdio: "inherit", env });
  return r.status ?? 1;
}

/**
 * Runs a command to completion with inherited output, without blocking this process: a script that also hosts
 * Postgres or Redis children must keep reading their output pipes (a blocked parent lets Postgres fill its stderr
 * pipe and then hang on its next log line).
 */
export function runAsync(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("error", () => resolve(1));
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

/**
 * Runs a TypeScript entry point in a single node process (tsx as a loader). The `tsx` CLI would add a
 * relaying parent that force-kills its child on a second signal, which Ctrl-C (delivered to the whole
 * process group) plus our own orderly SIGTERM would trigger.
 */
export const tsNode = (script: string, ...args: string[]): [string, string[]] => [process.execPath, ["--import", "tsx", script, ...args]];
