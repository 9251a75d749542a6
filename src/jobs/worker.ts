// The worker: pg-boss on Baton's own database (it keeps its tables in the `pgboss` schema), the
// queues, their handlers, the schedules, and a short tick that hands due enrolments to the step
// queue. `baton start` runs one inside the server; `baton worker` runs only this, for scale-out.
// Workers are stateless: any number may run against one database.

import type pg from "pg";
import { PgBoss } from "pg-boss";
import type { Deps } from "../services/context.ts";
import { approvalAlertsJob } from "./approval-alerts.ts";
import { emailOutboxJob } from "./email-outbox.ts";
import { emailSendJob } from "./email-send.ts";
import type { JobDefinition, WorkerDeps } from "./job-definition.ts";
import { pgBossQueue } from "./pg-boss-queue.ts";
import { QUEUES } from "./queues.ts";
import { rateLimitSweepJob } from "./rate-limit-sweep.ts";
import { reachRollupJob } from "./reach-rollup.ts";
import { sequenceDueJob } from "./sequence-due.ts";
import { sequenceStepJob } from "./sequence-step.ts";
import { catchUpLookback, sequenceSweepJob } from "./sequence-sweep.ts";
import { touchArrivalsJob } from "./touch-arrivals.ts";
import { webhookDeliverJob } from "./webhook-deliver.ts";
import { webhookDueJob } from "./webhook-due.ts";
import { ensureQueue, workJob } from "./work-job.ts";

// biome-ignore lint/suspicious/noExplicitAny: the list holds jobs of different payload types
export const JOBS: JobDefinition<any>[] = [
  sequenceStepJob,
  emailSendJob,
  sequenceDueJob,
  sequenceSweepJob,
  emailOutboxJob,
  touchArrivalsJob,
  reachRollupJob,
  rateLimitSweepJob,
  approvalAlertsJob,
  webhookDueJob,
  webhookDeliverJob,
];

export interface WorkerOptions {
  /** How often this worker asks for due steps, in seconds (default 5). */
  tickSeconds?: number;
  /** How often pg-boss looks for jobs whose worker died, in seconds (default 10). */
  superviseSeconds?: number;
  log?: (message: string) => void;
}

export interface Worker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(deps: Deps, pool: pg.Pool, options: WorkerOptions = {}): Promise<Worker> {
  const log = options.log ?? ((m: string) => console.error(m));
  const supervise = options.superviseSeconds ?? 10;
  const boss = new PgBoss({
    // Through Baton's own pool: embedded or external, one connection setting.
    db: { executeSql: (text, values) => pool.query(text, values as unknown[]) },
    superviseIntervalSeconds: supervise,
    monitorIntervalSeconds: supervise,
    registerInstance: false,
  });
  boss.on("error", (err) => log(`worker: ${err.message}`));
  // Two processes starting at once on a fresh database would both create pg-boss's schema and
  // one would fail ("duplicate key … pg_namespace"): the installs and queue creation take turns.
  const installer = await pool.connect();
  try {
    await installer.query("select pg_advisory_lock(7406853211)");
    await boss.start();
    for (const job of JOBS) await ensureQueue(boss, job);
  } finally {
    await installer.query("select pg_advisory_unlock(7406853211)").catch(() => {});
    installer.release();
  }

  const workerDeps: WorkerDeps = { ...deps, queue: pgBossQueue(boss), log };
  for (const job of JOBS) await workJob(boss, job, workerDeps);

  // Backstops across all workers (pg-boss runs each schedule once per minute, whichever worker
  // gets it); the catch-up sweep covers whatever cooled while no sweep ran.
  await boss.schedule(QUEUES.sweep, "* * * * *", {});
  await boss.schedule(QUEUES.outbox, "* * * * *", {});
  await boss.schedule(QUEUES.due, "* * * * *", {});
  await boss.schedule(QUEUES.arrivals, "* * * * *", {});
  await boss.schedule(QUEUES.reachRollup, "* * * * *", {});
  await boss.schedule(QUEUES.approvalAlerts, "* * * * *", {});
  await boss.schedule(QUEUES.webhookDue, "* * * * *", {});
  await boss.schedule(QUEUES.rateLimitSweep, "17 * * * *", {});
  const lookback = await catchUpLookback(pool, deps.now());
  if (lookback) await boss.send(QUEUES.sweep, { lookbackMinutes: lookback }, { singletonKey: "catch-up" });
  await boss.send(QUEUES.outbox, {});

  const tick = async () => {
    try {
      await boss.send(QUEUES.due, {});
      // Touches dated ahead act within seconds of their instant, not at the next minute.
      await boss.send(QUEUES.arrivals, {});
      // Webhooks go out within seconds of the change that raised them.
      await boss.send(QUEUES.webhookDue, {});
    } catch (err) {
      log(`worker: could not schedule due steps: ${(err as Error).message}`);
    }
  };
  await tick();
  const timer = setInterval(tick, (options.tickSeconds ?? 5) * 1000);

  let stopped = false;
  return {
    boss,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      // Let running handlers finish (their transactions commit or roll back), then let go.
      await boss.stop({ graceful: true, timeout: 15_000, close: false });
    },
  };
}
