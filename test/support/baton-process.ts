// `baton` as a child process, for the suites that kill it, restart it or run two: a free loopback
// port, the CLI, `baton start` waited on until it serves, and a hard kill that waits for the exit.
// Worker processes have their own helper (worker-processes.ts).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";

export const repositoryRoot = path.join(import.meta.dirname, "../..");
const cli = path.join(repositoryRoot, "src/cli/main.ts");

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A `baton` command run to its end, with `env` added to this process's. */
export function batonCommand(
  args: string[],
  env: Record<string, string>,
): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    cwd: repositoryRoot,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A workspace with an admin and the admin's API key, made as an operator would: with the CLI. */
export function workspaceByCli(slug: string, env: Record<string, string>): string {
  const steps = [
    ["workspace", "create", "--name", slug, "--slug", slug],
    [
      "user",
      "create",
      "--workspace",
      slug,
      "--email",
      `ops@${slug}.example`,
      "--name",
      "Ops",
      "--role",
      "admin",
      "--password",
      "operator-pw-1",
    ],
  ];
  for (const step of steps) {
    const r = batonCommand(step, env);
    if (r.status !== 0) throw new Error(`baton ${step.join(" ")} failed:\n${r.out}`);
  }
  const keyOut = batonCommand(
    ["apikey", "create", "--workspace", slug, "--user", `ops@${slug}.example`],
    env,
  );
  const key = /baton_[A-Za-z0-9_-]{20,}/.exec(keyOut.out)?.[0];
  if (!key) throw new Error(`no API key printed:\n${keyOut.out}`);
  return key;
}

export interface RunningBaton {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
}

/** `baton start` with `env` added to this process's; resolves once it says it is running. */
export function startBaton(env: Record<string, string>, children: ChildProcess[]): Promise<RunningBaton> {
  const child = spawn(process.execPath, [cli, "start"], {
    cwd: repositoryRoot,
    env: { ...process.env, HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes("Baton is running")) resolve({ child, output: () => output });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`baton start exited with ${code}:\n${output}`)));
  });
}

export async function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** SIGKILL, then wait until the process is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  const exited = waitForExit(child);
  child.kill("SIGKILL");
  await exited;
}

/** Kills whatever the suite left running. */
export function killAll(children: ChildProcess[]): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
}
