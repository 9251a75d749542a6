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
