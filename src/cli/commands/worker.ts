// `baton worker`: only the background work (sequence steps, email sends, sweeps), no HTTP.
// Run several against one database to scale out; `baton start` runs one of these itself.
import type { Command } from "commander";
import { config } from "../../config.ts";
import { startWorker } from "../../jobs/worker.ts";
import type { Deps } from "../../services/context.ts";
import { connect } from "../../store/connect.ts";
import { depsOf } from "../with-database.ts";

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`expected a positive number, got ${v}`);
  return n;
};

export function registerWorkerCommand(program: Command): void {
  program
    .command("worker")
    .description("Run the background worker only: playbook steps, email sends, cooling sweeps")
    .option("--tick <seconds>", "how often to look for due steps", positive, 5)
    .option("--supervise <seconds>", "how often to retry jobs whose worker died", positive, 10)
    .action((o: { tick: number; supervise: number }) => runWorker(o));
}

/**
 * The command's body: connect, work until SIGINT or SIGTERM, then let running jobs finish.
 * `overrides` is for the fault suites' worker processes only (a loopback webhook receiver let
 * through the address guard); the command passes none.
 */
export async function runWorker(
  o: { tick: number; supervise: number },
  overrides: Partial<Deps> = {},
): Promise<void> {
  const c = config();
  const connection = await connect(c, "tool", (m) => {
    if (c.logLevel === "debug") console.error(m);
  });
  const worker = await startWorker({ ...depsOf(connection, c), ...overrides }, connection.pool, {
    tickSeconds: o.tick,
    superviseSeconds: o.supervise,
  });
  console.log(`Baton worker running on ${connection.description}. Press Ctrl+C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await connection.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
