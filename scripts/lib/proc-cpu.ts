import { readFileSync, readdirSync } from "node:fs";

// CPU ticks of a process, or of the processes with that parent, per pid from /proc (Linux; null elsewhere). On a
// busy machine wall-clock rates swing with the neighbours; CPU per event does much less.
export function cpuTicks(pid: number | undefined, children = false): Map<number, number> | null {
  if (!pid) return null;
  try {
    const ticks = new Map<number, number>();
    for (const entry of children ? readdirSync("/proc").filter((d) => /^\d+$/.test(d)) : [String(pid)]) {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // after "pid (comm) ": state ppid … utime stime
      if (!children || Number(fields[1]) === pid) ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    }
    return ticks;
  } catch {
    return null;
  }
}
/** CPU ms between two snapshots; a process that exited in between is left out (its last ticks are unknown). */
export function cpuMsBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks * 10; // USER_HZ is 100 on Linux
}
/** The embedded Postgres's postmaster pid from its data directory (the stack's layout). */
export const postmasterPid = (dir: string) => {
  try {
    return Number(readFileSync(`${dir}/postgres/cluster/postmaster.pid`, "utf8").split("\n")[0]);
  } catch {
    return undefined; // an external DATABASE_URL
  }
};
