// A job that cannot succeed fails once, with its reason; one that might is retried. Two jobs on
// real pg-boss queues, each allowed two retries with no delay: one throws an AppError that says the
// work is wrong (not_found), the other a plain error, as a crash or a dropped connection would.
// And a queue made by an earlier version is brought in step with the code's definition.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { PgBoss } from "pg-boss";
import { z } from "zod";
import { AppError } from "../../src/domain/errors.ts";
import { defineJob, HEARTBEAT_SECONDS, type WorkerDeps } from "../../src/jobs/job-definition.ts";
import { pgBossQueue } from "../../src/jobs/pg-boss-queue.ts";
import { QUEUES } from "../../src/jobs/queues.ts";
import { ensureQueue, workJob } from "../../src/jobs/work-job.ts";
import { JOBS } from "../../src/jobs/worker.ts";
import { type ScratchDatabase, scratchDatabase } from "../support/scratch-database.ts";

// A database of its own: pg-boss's tables, and no other suite's jobs.
let database: ScratchDatabase;
let boss: PgBoss;
let deps: WorkerDeps;
const logged: string[] = [];
before(async () => {
  database = await scratchDatabase("baton_jobs");
  boss = new PgBoss({
    db: { executeSql: (text, values) => database.pool.query(text, values as unknown[]) },
    registerInstance: false,
  });
  await boss.start();
  deps = {
    db: database.db,
    now: () => new Date(),
    publicUrl: "https://baton.example.test",
    queue: pgBossQueue(boss),
    log: (m) => logged.push(m),
  };
});
after(async () => {
  await boss.stop({ graceful: false, close: false });
  await database.drop();
});

/** A job on its own queue that counts its runs and fails each with `failure`. */
async function failingJob(id: string, failure: () => Error) {
  const runs = { count: 0 };
  const job = defineJob({
    id,
    payload: z.strictObject({}),
    queue: { retryLimit: 2, retryDelay: 0 },
    work: { pollingIntervalSeconds: 0.5 },
    handle: async () => {
      runs.count++;
      throw failure();
    },
  });
  await ensureQueue(boss, job);
  await workJob(boss, job, deps);
  const jobId = (await boss.send(id, {}))!;
  return { runs, finished: () => finalState(id, jobId) };
}

async function finalState(queue: string, jobId: string) {
  const until = Date.now() + 30_000;
  for (;;) {
    const job = await boss.getJobById(queue, jobId);
    if (job?.state === "failed") return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job?.state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("an AppError that no retry can fix fails the job once, with its code and message", async () => {
  const { runs, finished } = await failingJob(
    "test.permanent",
    () => new AppError("not_found", "Enrolment 42 was not found."),
  );
  const job = await finished();
  assert.equal(runs.count, 1);
  assert.equal(job.retryCount, 0);
  assert.deepEqual(job.output, { error: "Enrolment 42 was not found.", code: "not_found" });
  assert.ok(logged.some((m) => m.includes("cannot succeed (not_found)")));
});

test("any other failure is retried up to the queue's limit", async () => {
  const { runs, finished } = await failingJob("test.transient", () => new Error("connection reset"));
  const job = await finished();
  assert.equal(runs.count, 3, "the first run and two retries");
  assert.equal(job.retryCount, 2);
  assert.equal((job.output as { error: string }).error, "connection reset");
});

test("a conflict may clear, so it is retried too", async () => {
  const { runs, finished } = await failingJob(
    "test.conflict",
    () => new AppError("conflict", "The enrolment changed meanwhile."),
  );
  await finished();
  assert.equal(runs.count, 3);
});

test("a queue made by an earlier version takes the definition's options, and every worker queue has a heartbeat", async () => {
  await boss.createQueue(QUEUES.webhookDue, { policy: "exclusive", retryLimit: 0, expireInSeconds: 120 });
  assert.equal((await boss.getQueue(QUEUES.webhookDue))!.heartbeatSeconds ?? null, null);
  for (const job of JOBS) await ensureQueue(boss, job);
  for (const job of JOBS) {
    const queue = await boss.getQueue(job.id);
    assert.equal(queue!.heartbeatSeconds, HEARTBEAT_SECONDS, job.id);
    assert.equal(queue!.expireInSeconds, job.queue.expireInSeconds, job.id);
  }
});
