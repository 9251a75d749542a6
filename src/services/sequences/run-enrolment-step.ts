// Runs the due step of one enrolment — the use case the `sequence.step` job calls. In one
// transaction: lock the enrolment (a second runner skips it), check it is active and due, apply
// the guards, respect the sending window and the rate limit for email, do the step, log what
// happened, and move on. A crash anywhere rolls all of it back; the job runs it again.
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { nextOpenInstant } from "../../domain/handoff.ts";
import {
  BLOCKED_RECHECK_MINUTES,
  callStepIsFirstContact,
  endsAllEnrolments,
  isTaskChannel,
  nextLiveStep,
  RATE_WINDOW_MS,
  rateLimitVerdict,
  stepVerdict,
} from "../../domain/playbooks.ts";
import type { Tx } from "../../store/db.ts";
import {
  contacts,
  emailTemplates,
  enrolments,
  guardOverrides,
  playbookSteps,
  playbooks,
} from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { loadSendSettings } from "../email/email-settings.ts";
import { advance, type EnrolmentRow, endEnrolment, logEvent, logOnce, waitUntil } from "./enrolment-state.ts";
import type { EngineDeps, StepJob } from "./job-queue.ts";
import { audienceStep, createTaskStep, firstContactTaskOpen, sendEmailStep } from "./step-actions.ts";

export type StepOutcome =
  /** Locked by another runner, gone, or no longer active. */
  "not_runnable" | "not_due" | "ran" | "skipped" | "blocked" | "deferred" | "completed" | "exited";

const MINUTE = 60_000;

export async function runEnrolmentStep(deps: EngineDeps, job: StepJob): Promise<StepOutcome> {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.now();
    const [e] = await tx
      .select()
      .from(enrolments)
      .where(
        and(
          eq(enrolments.workspaceId, job.workspaceId),
          eq(enrolments.id, job.enrolmentId),
          eq(enrolments.status, "active"),
        ),
      )
      .for("update", { skipLocked: true });
    if (!e) return "not_runnable";
    if (!e.nextRunAt || e.nextRunAt.getTime() > now.getTime()) return "not_due";
    return runLocked(tx, deps, e, now);
  });
}

async function runLocked(tx: Tx, deps: EngineDeps, e: EnrolmentRow, now: Date): Promise<StepOutcome> {
  const ws = e.workspaceId;
  const [playbook] = await tx
    .select({ active: playbooks.active })
    .from(playbooks)
    .where(and(eq(playbooks.workspaceId, ws), eq(playbooks.id, e.playbookId)));
  if (!playbook?.active) {
    await endEnrolment(tx, e, { status: "exited", reason: "removed" }, now);
    return "exited";
  }
  const steps = await tx
    .select()
    .from(playbookSteps)
    .where(
      and(
        eq(playbookSteps.workspaceId, ws),
        eq(playbookSteps.playbookId, e.playbookId),
        eq(playbookSteps.retired, false),
      ),
    )
    .orderBy(asc(playbookSteps.position));
  const step = nextLiveStep(steps, e.nextPosition);
  if (!step) {
    await endEnrolment(tx, e, { status: "completed" }, now);
    return "completed";
  }
  const [contact] = await tx
    .select({ stage: contacts.stage, ownerId: contacts.ownerId })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, ws), eq(contacts.id, e.contactId)));
  if (!contact || endsAllEnrolments(contact.stage)) {
    await endEnrolment(tx, e, { status: "exited", reason: "stage_changed" }, now);
    return "exited";
  }

  // The two guards (product.md §1, idea 4). Transactional mail is never held back.
  const template = step.templateId
    ? (
        await tx
          .select({ kind: emailTemplates.kind })
          .from(emailTemplates)
          .where(and(eq(emailTemplates.workspaceId, ws), eq(emailTemplates.id, step.templateId)))
      )[0]
    : undefined;
  const verdict = stepVerdict({
    side: step.side,
    stage: contact.stage,
    transactional: template?.kind === "transactional",
    overridden: step.side === "sales" && (await hasOverride(tx, e)),
  });
  if (!verdict.run && verdict.outcome === "skipped") {
    // Marketing pauses for a contact sales owns: the step is passed over, the playbook goes on.
    await logEvent(tx, e, "skipped", step.id, { reason: verdict.reason, stage: contact.stage }, now);
    await advance(tx, deps.queue, e, steps, step, now);
    return "skipped";
  }
  if (!verdict.run) {
    // Not ready for sales: the enrolment waits on this step and looks again later.
    await logOnce(tx, e, "blocked", step.id, { reason: verdict.reason, stage: contact.stage }, now);
    await waitUntil(tx, e, new Date(now.getTime() + BLOCKED_RECHECK_MINUTES * MINUTE));
    return "blocked";
  }

  if (step.channel === "email") {
    const deferral = await emailDeferral(tx, ws, now);
    if (deferral) {
      await logOnce(
        tx,
        e,
        "deferred",
        step.id,
        { why: deferral.why, until: deferral.until.toISOString() },
        now,
      );
      await waitUntil(tx, e, deferral.until);
      return "deferred";
    }
    const event = await sendEmailStep(
      tx,
      deps,
      e,
      { id: step.id, templateId: step.templateId!, side: step.side },
      now,
    );
    await logEvent(tx, e, event.kind, step.id, event.detail, now);
  } else if (callStepIsFirstContact(step.channel, await firstContactTaskOpen(tx, ws, e.contactId))) {
    const reason = "the hand-off's first-contact task is the first call";
    await logEvent(tx, e, "skipped", step.id, { reason, stage: contact.stage }, now);
  } else if (isTaskChannel(step.channel)) {
    const event = await createTaskStep(
      tx,
      e,
      contact,
      { channel: step.channel, taskTitle: step.taskTitle },
      now,
    );
    await logEvent(tx, e, event.kind, step.id, event.detail, now);
  } else {
    const event = audienceStep();
    await logEvent(tx, e, event.kind, step.id, event.detail, now);
  }
  await advance(tx, deps.queue, e, steps, step, now);
  return "ran";
}

/** An active override for this contact, given for this enrolment or for the contact as a whole. */
async function hasOverride(tx: Tx, e: EnrolmentRow): Promise<boolean> {
  const [row] = await tx
    .select({ id: guardOverrides.id })
    .from(guardOverrides)
    .where(
      and(
        eq(guardOverrides.workspaceId, e.workspaceId),
        eq(guardOverrides.contactId, e.contactId),
        eq(guardOverrides.active, true),
        or(isNull(guardOverrides.enrolmentId), eq(guardOverrides.enrolmentId, e.id)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Whether an email must wait: outside the workspace's sending window it waits for the next
 * opening; over the per-minute limit, for a slot. The count and the insert that follows are
 * serialized per workspace (a transaction-scoped advisory lock), so concurrent runners cannot
 * both take the last slot.
 */
async function emailDeferral(
  tx: Tx,
  workspaceId: string,
  now: Date,
): Promise<{ why: "window" | "rate_limit"; until: Date } | null> {
  const settings = await loadSendSettings(tx, workspaceId);
  const open = nextOpenInstant(now.getTime(), settings.sendWindow);
  if (open > now.getTime()) return { why: "window", until: new Date(open) };
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('baton.send-rate'), hashtext(${workspaceId}))`);
  const since = new Date(now.getTime() - RATE_WINDOW_MS).toISOString();
  const [row] = (
    await tx.execute<{ n: number; oldest: string | Date | null }>(sql`
      select count(*)::int as n, min(created_at) as oldest from outbox
      where workspace_id = ${workspaceId} and status in ('queued', 'sending', 'sent', 'failed')
        and created_at > ${since}::timestamptz`)
  ).rows;
  const rate = rateLimitVerdict({
    sentInWindow: row?.n ?? 0,
    oldestInWindow: row?.oldest ? new Date(row.oldest).getTime() : null,
    limitPerMinute: settings.ratePerMinute,
    now: now.getTime(),
  });
  return rate.allowed ? null : { why: "rate_limit", until: new Date(rate.retryAt) };
}
