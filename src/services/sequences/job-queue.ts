// The engine's view of the job queue: what it asks to run next, inside its own transaction, so
// a step's outcome and the jobs it sets off commit (or vanish) together. src/jobs implements it
// with pg-boss; tests pass a recorder.
import type { Tx } from "../../store/db.ts";
import type { Deps } from "../context.ts";

export interface StepJob {
  workspaceId: string;
  enrolmentId: string;
}

export interface SendJob {
  workspaceId: string;
  outboxId: string;
}

export interface JobQueue {
  /** Send one outbox message (retried with backoff by the queue). */
  sendEmail(tx: Tx, job: SendJob): Promise<void>;
  /** Run an enrolment's next step at `at` (at most one queued per enrolment). */
  runStep(tx: Tx, job: StepJob, at: Date): Promise<void>;
}

export interface EngineDeps extends Deps {
  queue: JobQueue;
}
