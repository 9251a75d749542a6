// A job is an id (its queue), a payload schema and a handler that calls a service. Jobs carry ids,
// never records: the handler loads what it needs, so a retried job sees the current state.
import type { Queue, WorkOptions } from "pg-boss";
import type { z } from "zod";
import type { EngineDeps, JobQueue, SendJob, StepJob } from "../services/sequences/job-queue.ts";
import type { DeliveryJob } from "../services/webhooks/deliver.ts";

/** The engine's queue, plus the bulk sends the schedulers make outside any transaction. */
export interface WorkerQueue extends JobQueue {
  runSteps(jobs: StepJob[]): Promise<void>;
  sendEmails(jobs: SendJob[]): Promise<void>;
  deliverWebhooks(jobs: DeliveryJob[]): Promise<void>;
}

export interface WorkerDeps extends EngineDeps {
  queue: WorkerQueue;
  log: (message: string) => void;
}

export interface JobDefinition<T> {
  id: string;
  payload: z.ZodType<T>;
  queue: Omit<Queue, "name">;
  work: Pick<WorkOptions, "localConcurrency" | "pollingIntervalSeconds" | "batchSize">;
  handle(deps: WorkerDeps, payload: T): Promise<unknown>;
}

/**
 * Every queue's jobs beat while they run, and a job whose worker stopped beating (killed, frozen)
 * is failed within this many seconds plus the supervise interval. Without it a dead worker's job
 * stays `active` until it expires (2 to 60 minutes), and on an exclusive queue — one job at a time
 * per key — nothing of its kind runs meanwhile: a `webhook.due` held every delivery back for two
 * minutes (test/store/webhook-crash.test.ts).
 */
export const HEARTBEAT_SECONDS = 10;

export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}

/** A failure worth retrying later (the queue backs off); the message says why. */
export class RetryLater extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLater";
  }
}
