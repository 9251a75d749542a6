// How a worker takes one job definition: pg-boss fetches batches, and each job of a batch settles
// on its own — completed, failed (pg-boss retries it with the queue's backoff), or failed for good
// when it cannot succeed: a malformed payload, or an AppError that says the work itself is wrong
// (domain/errors.ts, isPermanentFailure), which would otherwise be retried like a crash.
import type { JobResult, PgBoss } from "pg-boss";
import { isPermanentFailure } from "../domain/errors.ts";
import { type JobDefinition, RetryLater, type WorkerDeps } from "./job-definition.ts";

export async function ensureQueue(boss: PgBoss, job: JobDefinition<unknown>): Promise<void> {
  const existing = await boss.getQueue(job.id);
  if (existing) return keepInStep(boss, job, existing);
  try {
    await boss.createQueue(job.id, job.queue);
  } catch (err) {
    // Another worker created it first.
    if (!(await boss.getQueue(job.id))) throw err;
  }
}

/**
 * A queue made by an earlier version keeps the options it was made with (a job takes its
 * queue's), so a changed definition — a heartbeat added, a longer expiry — reaches databases
 * made before it here. All but the policy, which pg-boss cannot change.
 */
async function keepInStep(boss: PgBoss, job: JobDefinition<unknown>, existing: object): Promise<void> {
  const { policy: _policy, ...options } = job.queue;
  const current = existing as Record<string, unknown>;
  if (Object.entries(options).some(([key, value]) => current[key] !== value))
    await boss.updateQueue(job.id, options);
}

export async function workJob<T>(boss: PgBoss, job: JobDefinition<T>, deps: WorkerDeps): Promise<void> {
  const batchSize = job.work.batchSize ?? 1;
  const options = {
    localConcurrency: job.work.localConcurrency ?? 1,
    pollingIntervalSeconds: job.work.pollingIntervalSeconds ?? 2,
    batchSize,
    // While batches come back full there is more: fetch again at once instead of after a poll.
    burstWhenBatchFull: batchSize > 1,
    // Each job of a batch succeeds or fails (and is retried) on its own.
    perJobResults: true,
  } as const;
  await boss.work(job.id, options, async (batch) => {
    const results: JobResult[] = [];
    for (const item of batch) results.push(await settle(job, deps, item));
    return results;
  });
}

async function settle<T>(
  job: JobDefinition<T>,
  deps: WorkerDeps,
  item: { id: string; data: unknown },
): Promise<JobResult> {
  const parsed = job.payload.safeParse(item.data ?? {});
  if (!parsed.success) {
    deps.log(`worker: ${job.id} job ${item.id} has a malformed payload: ${parsed.error.message}`);
    return { id: item.id, status: "deadletter", output: { error: "malformed payload" } };
  }
  try {
    const output = await job.handle(deps, parsed.data);
    return { id: item.id, status: "completed", output: (output ?? {}) as object };
  } catch (err) {
    if (isPermanentFailure(err)) {
      // Failed once, with its reason; `deadletter` skips the retries left.
      deps.log(`worker: ${job.id} job ${item.id} cannot succeed (${err.code}): ${err.message}`);
      return { id: item.id, status: "deadletter", output: { error: err.message, code: err.code } };
    }
    if (!(err instanceof RetryLater))
      deps.log(`worker: ${job.id} job ${item.id} failed: ${(err as Error).stack}`);
    return { id: item.id, status: "failed", output: { error: (err as Error).message } };
  }
}
