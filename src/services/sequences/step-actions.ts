// What a step does once the guards let it run: queue an email (and its send job), create a task
// for the right person, or put the contact in an ad audience. Each returns the event to log.
import { and, asc, eq, isNull } from "drizzle-orm";
import { CHANNEL_TASK_KINDS, TASK_DUE_MINUTES, type TaskChannel } from "../../domain/playbooks.ts";
import type { Tx } from "../../store/db.ts";
import { handoffs, tasks, users } from "../../store/schema/index.ts";
import { queueEmail } from "../email/queue-email.ts";
import type { EnrolmentRow } from "./enrolment-state.ts";
import type { EngineDeps } from "./job-queue.ts";

export interface StepEvent {
  kind: string;
  detail: Record<string, unknown>;
}

export async function sendEmailStep(
  tx: Tx,
  deps: Pick<EngineDeps, "queue" | "publicUrl">,
  e: EnrolmentRow,
  step: { id: string; templateId: string; side: "marketing" | "sales" },
  now: Date,
): Promise<StepEvent> {
  const result = await queueEmail(
    tx,
    {
      workspaceId: e.workspaceId,
      contactId: e.contactId,
      templateId: step.templateId,
      enrolmentId: e.id,
      stepId: step.id,
      side: step.side,
      publicUrl: deps.publicUrl,
    },
    now,
  );
  if (result.status === "queued") {
    await deps.queue.sendEmail(tx, { workspaceId: e.workspaceId, outboxId: result.outboxId });
    return { kind: "email_queued", detail: { outboxId: result.outboxId } };
  }
  if (result.status === "skipped") {
    return { kind: "email_skipped", detail: { outboxId: result.outboxId, reason: result.reason ?? null } };
  }
  // The row existed already (sending or sent by an earlier attempt): nothing more to do.
  return { kind: "email_queued", detail: { outboxId: result.outboxId, status: result.status } };
}

/** The first user of a role, by when they joined: a stable default owner. */
async function firstUserOf(tx: Tx, workspaceId: string, role: "sales" | "marketing" | "admin") {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.role, role)))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1);
  return row?.id ?? null;
}

/** Whether a hand-off's first-contact task for the contact is still open. */
export async function firstContactTaskOpen(tx: Tx, workspaceId: string, contactId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .innerJoin(handoffs, and(eq(handoffs.workspaceId, tasks.workspaceId), eq(handoffs.taskId, tasks.id)))
    .where(and(eq(tasks.workspaceId, workspaceId), eq(tasks.contactId, contactId), isNull(tasks.completedAt)))
    .limit(1);
  return row !== undefined;
}

/**
 * A task for the contact: sales work goes to the contact's owner (else the first sales user),
 * direct mail to the first marketing user; an admin when the workspace has neither.
 */
export async function createTaskStep(
  tx: Tx,
  e: EnrolmentRow,
  contact: { ownerId: string | null },
  step: { channel: TaskChannel; taskTitle: string | null },
  now: Date,
): Promise<StepEvent> {
  const role = step.channel === "direct_mail_task" ? "marketing" : "sales";
  const ownerId =
    (role === "sales" ? contact.ownerId : null) ??
    (await firstUserOf(tx, e.workspaceId, role)) ??
    (await firstUserOf(tx, e.workspaceId, "admin"));
  if (!ownerId) return { kind: "failed", detail: { reason: "no user to give the task to" } };
  const [task] = await tx
    .insert(tasks)
    .values({
      workspaceId: e.workspaceId,
      contactId: e.contactId,
      ownerId,
      kind: CHANNEL_TASK_KINDS[step.channel],
      title: step.taskTitle?.trim() || "Follow up",
      dueAt: new Date(now.getTime() + TASK_DUE_MINUTES[step.channel] * 60_000),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: tasks.id });
  return { kind: "task_created", detail: { taskId: task!.id, ownerId } };
}

/**
 * The contact joins the step's ad audience: the playbook's audience export lists it while this is
 * the last step it ran (services/playbooks/audience.ts). Nothing leaves Baton here.
 */
export function audienceStep(): StepEvent {
  return { kind: "audience_exported", detail: {} };
}
