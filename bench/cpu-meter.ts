// CPU time used by the processes doing the work — the Baton server and the PostgreSQL server's
// processes — read from /proc (Linux only; elsewhere nothing is reported). On a shared machine a
// wall-clock rate moves with everyone else's load; the CPU a batch costs moves much less.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // Linux reports CPU time in USER_HZ = 100 ticks per second

function stat(pid: number): { ppid: number; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "pid (comm) ": state, ppid, …, utime (14th field) and stime (15th).
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null;
  }
}

function snapshot(postmaster: number, server: number) {
  const pg = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (s && (pid === postmaster || s.ppid === postmaster)) pg.set(pid, s.cpuMs);
  }
  return { pg, server: stat(server)?.cpuMs ?? 0 };
}

/** The PostgreSQL server's main process: the parent of any of its backends. */
export function postmasterOf(backendPid: number): number | null {
  return stat(backendPid)?.ppid ?? null;
}

/**
 * Starts counting; `stop()` gives the CPU milliseconds PostgreSQL and the server used since.
 * PostgreSQL processes that ended meanwhile (a finished autovacuum worker) are not counted.
 */
export function meterCpu(postmaster: number, serverPid: number) {
  const start = snapshot(postmaster, serverPid);
  return {
    stop(): { postgresMs: number; serverMs: number } {
      const end = snapshot(postmaster, serverPid);
      let postgresMs = 0;
      for (const [pid, ms] of end.pg) {
        const before = start.pg.get(pid) ?? 0;
        postgresMs += ms >= before ? ms - before : ms; // a pid reused by a new process
      }
      return { postgresMs, serverMs: end.server - start.server };
    },
  };
}
