// Writes to one locked enrolment: its events, advancing to the next step, waiting, ending.
import { and, desc, eq } from "drizzle-orm";
import type { ExitReason } from "../../domain/playbooks.ts";
import { nextLiveStep, stepDueAt } from "../../domain/playbooks.ts";
import type { Tx } from "../../store/db.ts";
import { enrolmentEvents, enrolments } from "../../store/schema/index.ts";
import type { JobQueue } from "./job-queue.ts";

export type EnrolmentRow = typeof enrolments.$inferSelect;
export interface LiveStep {
  id: string;
  position: number;
  retired: boolean;
  delayMinutes: number;
}

/** A due step this close is handed straight to the queue instead of waiting for the scheduler. */
const HAND_OVER_MS = 60_000;

export async function logEvent(
  tx: Tx,
  e: EnrolmentRow,
  kind: string,
  stepId: string | null,
  detail: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await tx
    .insert(enrolmentEvents)
    .values({ workspaceId: e.workspaceId, enrolmentId: e.id, stepId, kind, detail, at: now });
}

/**
 * Logs an event unless the enrolment's latest event is the same kind for the same step with the
 * same `why` — a step blocked or deferred again and again leaves one line, not one per recheck.
 */
export async function logOnce(
  tx: Tx,
  e: EnrolmentRow,
  kind: string,
  stepId: string,
  detail: Record<string, unknown> & { why?: string },
  now: Date,
): Promise<void> {
  const [last] = await tx
    .select({ kind: enrolmentEvents.kind, stepId: enrolmentEvents.stepId, detail: enrolmentEvents.detail })
    .from(enrolmentEvents)
    .where(and(eq(enrolmentEvents.workspaceId, e.workspaceId), eq(enrolmentEvents.enrolmentId, e.id)))
    .orderBy(desc(enrolmentEvents.at), desc(enrolmentEvents.id))
    .limit(1);
  if (last && last.kind === kind && last.stepId === stepId && last.detail.why === detail.why) return;
  await logEvent(tx, e, kind, stepId, detail, now);
}

const where = (e: EnrolmentRow) => and(eq(enrolments.workspaceId, e.workspaceId), eq(enrolments.id, e.id));

/** The step stays next; it is tried again at `at`. */
export async function waitUntil(tx: Tx, e: EnrolmentRow, at: Date): Promise<void> {
  await tx.update(enrolments).set({ nextRunAt: at }).where(where(e));
}

export async function endEnrolment(
  tx: Tx,
  e: EnrolmentRow,
  how: { status: "completed" } | { status: "exited"; reason: ExitReason },
  now: Date,
): Promise<void> {
  await tx
    .update(enrolments)
    .set({
      status: how.status,
      exitReason: how.status === "exited" ? how.reason : null,
      endedAt: now,
      nextRunAt: null,
    })
    .where(where(e));
  await logEvent(
    tx,
    e,
    how.status === "exited" ? "exited" : "completed",
    null,
    how.status === "exited" ? { reason: how.reason } : {},
    now,
  );
}

/**
 * Moves past `done`: the next live step becomes due its delay from now, or the enrolment is
 * complete. A step due at once goes to the queue in this transaction.
 */
export async function advance(
  tx: Tx,
  queue: JobQueue,
  e: EnrolmentRow,
  steps: readonly LiveStep[],
  done: LiveStep,
  now: Date,
): Promise<void> {
  const next = nextLiveStep(steps, done.position + 1);
  if (!next) {
    await endEnrolment(tx, e, { status: "completed" }, now);
    return;
  }
  const at = new Date(stepDueAt(now.getTime(), next.delayMinutes));
  await tx.update(enrolments).set({ nextPosition: next.position, nextRunAt: at }).where(where(e));
  if (at.getTime() - now.getTime() <= HAND_OVER_MS) {
    await queue.runStep(tx, { workspaceId: e.workspaceId, enrolmentId: e.id }, at);
  }
}
