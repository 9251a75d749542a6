// The soak's processes: `baton start` servers on one database, a round-robin balancer on loopback
// in front of them (as in test/store/two-processes.test.ts), the load generator, and their memory
// read from /proc (Linux only; elsewhere the memory columns stay empty).
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";

const root = path.join(import.meta.dirname, "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** `baton start` (API server and worker in one process) on the given database and port. */
export function startBaton(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, "src/cli/main.ts"), "start"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let running = false;
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      if (!running) {
        output += d.toString();
        if (output.includes("Baton is running")) {
          running = true;
          resolve(child);
        }
        return;
      }
      // After start-up, pass on what the server logs (errors only: LOG_LEVEL=error).
      const text = d.toString().trim();
      if (text && !text.startsWith("Press Ctrl+C")) console.error(`[baton ${port}] ${text.slice(0, 2000)}`);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => {
      if (running) console.error(`[baton ${port}] exited (${code ?? signal})`);
      else reject(new Error(`baton start exited with ${code}:\n${output}`));
    });
  });
}

export async function stopBaton(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

export interface Balancer {
  url: string;
  served: Map<number, number>;
  close(): Promise<void>;
}

/** Round-robin over the backends, one request each in turn, with keep-alive to each backend. */
export function startBalancer(ports: number[]): Promise<Balancer> {
  let next = 0;
  const served = new Map<number, number>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const port = ports[next++ % ports.length]!;
    served.set(port, (served.get(port) ?? 0) + 1);
    const upstream = http.request(
      { host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // Name what failed, so a 502 in the soak's log says which backend and why.
    upstream.on("error", (err: NodeJS.ErrnoException) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(`balancer: backend ${port}: ${err.code ?? err.message}`);
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        served,
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}

/** Runs the load generator in its own process; `onLine` gets each JSON line it prints. */
export function runLoad(configFile: string, onLine: (line: Record<string, unknown>) => void): Promise<void> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "soak-load.ts"), configFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  readline.createInterface({ input: child.stdout! }).on("line", (l) => {
    if (l.startsWith("{")) onLine(JSON.parse(l));
  });
  return new Promise((resolve, reject) =>
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`load generator exited ${code}`)),
    ),
  );
}

function field(file: string, name: string): number | null {
  try {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(readFileSync(file, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** A process's resident set in MiB (VmRSS). */
export function rssMiB(pid: number): number | null {
  const kb = field(`/proc/${pid}/status`, "VmRSS");
  return kb === null ? null : kb / 1024;
}

/**
 * PostgreSQL's memory in MiB: the proportional set size (Pss) of the postmaster and all its
 * children, so shared buffers touched by many backends count once, not once per backend.
 */
export function postgresPssMiB(postmaster: number): number | null {
  let kb = 0;
  let seen = false;
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    let ppid: number;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      continue;
    }
    if (pid !== postmaster && ppid !== postmaster) continue;
    const pss = field(`/proc/${pid}/smaps_rollup`, "Pss");
    if (pss !== null) {
      kb += pss;
      seen = true;
    }
  }
  return seen ? kb / 1024 : null;
}
