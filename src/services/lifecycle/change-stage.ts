// The one use case that changes a contact's stage (one at a time; touchpoints use the set-based
// form in touch-stages.ts). It asks the lifecycle table (domain/lifecycle.ts) whether the move is
// allowed for its cause, applies what the table says the move sets in motion — the baton, the
// hand-off's settlement, the first-contact task, enrolments, owner and cool-down — and writes the
// stage with its history row, all inside the caller's transaction.
import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { AppError } from "../../domain/errors.ts";
import { planTransition, type StageCause, stageLabel } from "../../domain/lifecycle.ts";
import type { Stage } from "../../domain/stages.ts";
import { stageMoveEvents } from "../../domain/webhooks.ts";
import type { Executor } from "../../store/db.ts";
import { exitEnrolmentsOf } from "../../store/queries/enrolments.ts";
import type { StageContact } from "../../store/queries/ingest.ts";
import { writeStageHistory } from "../../store/queries/stage-history.ts";
import { contacts } from "../../store/schema/index.ts";
import { loadHandoffSettings } from "../handoff/handoff-settings.ts";
import { enqueueWebhookEvents } from "../webhooks/enqueue.ts";
import { assignOwner, type HandOverContext, handOver, handOverAccepted } from "./hand-over.ts";
import { closeFirstContactTasks, settlePendingHandoff } from "./settle-handoff.ts";

export interface StageChangeInput {
  workspaceId: string;
  contactId: string;
  to: Stage;
  cause: StageCause;
  /** The touchpoint, deal or hand-off that caused it (a hand-off's own id when it passes the baton). */
  causeId?: string | null;
  /** The touchpoint that made a lead ready, kept on the hand-off it starts. */
  touchpointId?: string | null;
  /** Who made the change; null for an automatic rule. */
  userId: string | null;
  reason: string | null;
  /** A note kept on the settled hand-off (accept or recycle by hand). */
  note?: string | null;
  /** The sales owner: chosen on a hand-off by hand, or a deal's owner. */
  ownerId?: string | null;
  now: Date;
}

export type StageChangeResult =
  | {
      changed: true;
      from: Stage;
      to: Stage;
      ownerId: string | null;
      handoffId: string | null;
      cooldownUntil: Date | null;
    }
  | { changed: false; problem: string };

/**
 * What a caller changing many contacts' stages in one transaction (a touchpoint batch) has read
 * already, so each is read once per batch rather than once per contact.
 */
export interface StageChangeContext {
  /** The contact as it is now, locked `for no key update` by the caller in this transaction. */
  contact?: StageContact;
  /** The workspace's hand-off settings, assignment rules and sales users. */
  handOver?: HandOverContext;
}

const stageContactColumns = {
  id: contacts.id,
  email: contacts.email,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  stage: contacts.stage,
  ownerId: contacts.ownerId,
  cooldownUntil: contacts.cooldownUntil,
  country: contacts.country,
  industry: contacts.industry,
  companySize: contacts.companySize,
  occupation: contacts.occupation,
};

/** Changes the stage, or says why it cannot (an automatic rule then simply does nothing). */
export async function tryChangeStage(
  tx: Executor,
  input: StageChangeInput,
  context: StageChangeContext = {},
): Promise<StageChangeResult> {
  const { workspaceId, contactId, now } = input;
  const where = and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId));
  const contact =
    context.contact ??
    (await tx.select(stageContactColumns).from(contacts).where(where).for("no key update"))[0];
  if (!contact) return { changed: false, problem: `Contact ${contactId} was not found.` };
  const from = contact.stage;
  const plan = planTransition(from, input.to, input.cause);
  if (!plan.ok) return { changed: false, problem: plan.reason };
  const { effects } = plan;
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(" ") || contact.email;

  let ownerId: string | null = input.ownerId ?? contact.ownerId;
  let handoffId: string | null = null;
  let cooldownUntil = contact.cooldownUntil;
  let accepted = effects.handOverAccepted;
  if (effects.passBaton) {
    const passed = await handOver(
      tx,
      {
        workspaceId,
        contact: { ...contact, name },
        touchpointId: input.touchpointId ?? null,
        ownerId: input.ownerId ?? null,
        now,
      },
      context.handOver,
    );
    if (!passed) {
      return {
        changed: false,
        problem: "There is no sales user to hand this lead to, or it already waits for one.",
      };
    }
    ({ ownerId, handoffId } = passed);
  }
  if (effects.handOverAccepted) {
    // Unless named, the rules choose the owner as for any hand-off; with no sales user, the
    // person who moved it owns it.
    if (!ownerId) {
      const assigned = await assignOwner(tx, workspaceId, { ...contact, name }, context.handOver);
      ownerId = assigned?.ownerId ?? input.userId;
    }
    if (!ownerId) return { changed: false, problem: "Name the sales owner who takes this contact." };
    handoffId = await handOverAccepted(tx, {
      workspaceId,
      contactId,
      ownerId,
      userId: input.userId,
      reason: input.reason ?? `moved to ${stageLabel(input.to)}`,
      now,
    });
  }
  if (effects.settleHandoff) {
    const settled = await settlePendingHandoff(tx, {
      workspaceId,
      contactId,
      status: effects.settleHandoff,
      userId: input.userId,
      reason: input.reason,
      note: input.note,
      now,
    });
    // Accepting makes the hand-off's owner the contact's, unless an owner was named.
    if (settled && effects.settleHandoff === "accepted") {
      ownerId = input.ownerId ?? settled.ownerId;
      accepted = true;
    }
    handoffId ??= settled?.id ?? null;
  }
  if (effects.closeFirstTask) {
    await closeFirstContactTasks(tx, {
      workspaceId,
      contactId,
      outcome: `Closed: the contact became ${stageLabel(input.to)}${input.reason ? ` (${input.reason})` : ""}`,
      now,
    });
  }
  if (effects.endEnrolments) {
    await exitEnrolmentsOf(tx, workspaceId, [{ contact_id: contactId, reason: "stage_changed" }], "all", now);
  }
  if (effects.startCooldown) {
    const settings = context.handOver?.settings ?? (await loadHandoffSettings(tx, workspaceId));
    cooldownUntil = new Date(now.getTime() + settings.recycleCooldownDays * 86_400_000);
  }
  if (effects.clearOwner) ownerId = null;

  await tx.update(contacts).set({ ownerId, cooldownUntil, updatedAt: now }).where(where);
  const causeId = input.causeId ?? (input.cause === "handoff" ? handoffId : null);
  await writeStageHistory(
    tx,
    workspaceId,
    [
      {
        id: uuidv7(),
        contact_id: contactId,
        from_stage: from,
        to_stage: input.to,
        changed_at: now.toISOString(),
        reason: input.reason,
        cause: input.cause,
        cause_id: causeId,
        user_id: input.userId,
      },
    ],
    now,
  );
  // After the stage is written, so the event's contact is the contact as it now is.
  const move = { contactId, from, to: input.to, cause: input.cause, causeId, reason: input.reason };
  await enqueueWebhookEvents(
    tx,
    workspaceId,
    stageMoveEvents({ ...move, userId: input.userId, at: now, handoffId, accepted }),
    now,
  );
  return { changed: true, from, to: input.to, ownerId, handoffId, cooldownUntil };
}

/** The same for a user's request: a move the lifecycle refuses is a conflict, in its words. */
export async function changeStage(tx: Executor, input: StageChangeInput) {
  const result = await tryChangeStage(tx, input);
  if (!result.changed) throw new AppError("conflict", result.problem);
  return result;
}
