// What a killed PostgreSQL leaves behind in Baton's data folder, and what to say when a start
// fails anyway: split from embedded-postgres.ts, which owns the lock and the server's lifecycle.
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { AppError } from "../domain/errors.ts";

/** A process's command line, or null off Linux or once it is gone. */
export function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return null; // not Linux, or the process is gone: fall back to the pid alone
  }
}

/** PIDs of processes still working in the cluster folder: a killed server's backends. */
function processesIn(clusterDir: string): number[] {
  const found: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return found; // not Linux: PostgreSQL's own check has the last word
  }
  for (const entry of entries) {
    try {
      if (
        realpathSync(`/proc/${entry}/cwd`) === realpathSync(clusterDir) &&
        /postgres/.test(commandLine(Number(entry)) ?? "")
      )
        found.push(Number(entry));
    } catch {} // gone, or not ours to read
  }
  return found;
}

/**
 * After a kill -9 of the server, its backends notice and exit within moments; until they have,
 * they hold its shared memory and a new server refuses to start. Wait for them (briefly).
 */
export async function leftoversGone(clusterDir: string, log: (m: string) => void): Promise<void> {
  if (!existsSync(clusterDir)) return;
  const deadline = Date.now() + 15_000;
  let left = processesIn(clusterDir);
  if (left.length > 0)
    log(`Waiting for ${left.length} process(es) of an earlier PostgreSQL to exit (${left.join(", ")})…`);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    left = processesIn(clusterDir);
  }
}

/** PostgreSQL's last lines that explain a failure (its errors, or else whatever it said last). */
function lastWords(recent: string[]): string {
  // Clients turned away while it recovers say nothing about why it stopped.
  const noise =
    /not yet accepting connections|Consistent recovery state|system is (starting up|shutting down|in recovery mode)/i;
  const words = recent.filter(
    (l) => /FATAL|ERROR|PANIC|HINT|DETAIL|could not|invalid/i.test(l) && !noise.test(l),
  );
  return (words.length > 0 ? words : recent)
    .slice(-6)
    .map((l) => `  ${l}`)
    .join("\n");
}

export const isOutOfSpace = (recent: string[]) => /No space left on device/i.test(recent.join("\n"));

/** What failed and what to do, from PostgreSQL's own words. */
export function startFailure(clusterDir: string, recent: string[], cause: unknown): AppError {
  const said = lastWords(recent);
  const text = recent.join("\n");
  const leftovers = processesIn(clusterDir);
  const advice = isOutOfSpace(recent)
    ? "The disk holding the data folder is full: free some space and start Baton again."
    : /shared memory block|another postmaster|lock file/i.test(text) || leftovers.length > 0
      ? `Processes of an earlier PostgreSQL are still using the data folder${leftovers.length ? ` (pids ${leftovers.join(", ")})` : ""}: wait a few seconds and start Baton again, or stop them first.`
      : /Address already in use|could not bind/i.test(text)
        ? "Its port is taken by another program: start Baton again (it picks a free port when its own is busy)."
        : `Read PostgreSQL's words above; its configuration and log are in ${clusterDir}.`;
  const reason = cause instanceof Error ? ` (${cause.message})` : "";
  return new AppError(
    "internal",
    `Baton's PostgreSQL in ${clusterDir} did not start${reason}.${said ? `\nPostgreSQL said:\n${said}` : " It printed nothing."}\nWhat to do: ${advice}`,
  );
}

/** What to log when the server stops under a running Baton, which then restarts it by itself. */
export function unexpectedStop(clusterDir: string, recent: string[], exit: string): string {
  const said = lastWords(recent);
  const advice = isOutOfSpace(recent)
    ? `The disk holding ${clusterDir} is full: free some space there. Baton starts PostgreSQL again by itself as soon as it can; until then every request is answered 503.`
    : `Baton starts it again by itself; if it keeps stopping, read its words above (its configuration and log are in ${clusterDir}).`;
  return `Baton's PostgreSQL in ${clusterDir} stopped (${exit}).${said ? `\nPostgreSQL said:\n${said}` : ""}\nWhat to do: ${advice}`;
}
