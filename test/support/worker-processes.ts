// Real worker processes for the fault suites: `baton worker` (or the webhook suite's variant of
// it) as a child on the suite's scratch database, polling every second so that a test need not
// wait, killed with SIGKILL at the moments the suite picks, and all stopped at the end.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.join(import.meta.dirname, "../..");
const cli = path.join(root, "src/cli/main.ts");

export interface WorkerProcesses {
  /** Starts one; `script` instead of `baton worker --tick 1 --supervise 2` (same options). */
  start(options?: { script?: string; env?: Record<string, string> }): ChildProcess;
  /** SIGKILL, and wait until it is gone. */
  killHard(child: ChildProcess): Promise<void>;
  /** SIGTERM (the worker lets its running jobs finish), and wait until it is gone. */
  stop(child: ChildProcess): Promise<void>;
  /** SIGKILL for every child still running (a suite's `after`). */
  killAll(): void;
}

export function workerProcesses(databaseUrl: string): WorkerProcesses {
  const children: ChildProcess[] = [];
  const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;
  const signal = async (child: ChildProcess, name: NodeJS.Signals) => {
    if (ended(child)) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(name);
    await exited;
  };
  return {
    start(options = {}) {
      const args = options.script ? [options.script] : [cli, "worker", "--tick", "1", "--supervise", "2"];
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "error", ...options.env },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
      return child;
    },
    killHard: (child) => signal(child, "SIGKILL"),
    stop: (child) => signal(child, "SIGTERM"),
    killAll() {
      for (const c of children) if (!ended(c)) c.kill("SIGKILL");
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `done` until it holds; fails with `what` and the last `state()` after `ms`. */
export async function waitFor(
  done: () => boolean | Promise<boolean>,
  what: string,
  ms: number,
  state: () => unknown = () => "",
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline)
      throw new Error(`${what}: not after ${ms / 1000} s ${JSON.stringify(await state())}`);
    await sleep(50);
  }
}
