import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { addBusinessMinutes, matchAssignmentRule, roundRobinNext } from "../../domain/handoff.ts";
import type { Stage } from "../../domain/stages.ts";
import type { Executor } from "../../store/db.ts";
import {
  contactStageHistory,
  contacts,
  handoffSettings,
  handoffs,
  notifications,
  tasks,
} from "../../store/schema/index.ts";
import { loadAssignmentRules, loadHandoffSettings, salesUserIds } from "./handoff-settings.ts";

export interface PassBatonInput {
  workspaceId: string;
  contactId: string;
  /** The touchpoint that made the lead ready, when a touchpoint did. */
  touchpointId?: string | null;
  /** A chosen owner (a manual hand-off); otherwise territory rules, then round-robin. */
  ownerId?: string | null;
  /** Who passed it: a user, or null for the automatic rule. */
  byUserId: string | null;
  reason: string;
  now: Date;
}

/**
 * Passes the baton, inside the caller's transaction: the lead becomes sales_ready with an owner,
 * a first-contact task due within the SLA (business hours), a pending hand-off and a
 * notification for the owner. Returns null when there is no sales user to hand it to or the
 * contact already has an open hand-off.
 */
export async function passBaton(tx: Executor, input: PassBatonInput) {
  const { workspaceId, now } = input;
  const settings = await loadHandoffSettings(tx, workspaceId, "update");
  const [contact] = await tx
    .select({
      stage: contacts.stage,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      country: contacts.country,
      industry: contacts.industry,
      companySize: contacts.companySize,
      occupation: contacts.occupation,
    })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, input.contactId)));
  if (!contact) return null;

  let ownerId = input.ownerId ?? null;
  let assignedBy = ownerId ? "manual" : "";
  if (!ownerId) {
    const rule = matchAssignmentRule(
      {
        country: contact.country,
        industry: contact.industry,
        company_size: contact.companySize,
        occupation: contact.occupation,
      },
      await loadAssignmentRules(tx, workspaceId),
    );
    if (rule) {
      ownerId = rule.userId;
      assignedBy = `rule:${rule.id}`;
    } else {
      const next = roundRobinNext(await salesUserIds(tx, workspaceId), settings.roundRobinCursor);
      if (!next) return null;
      ownerId = next.userId;
      assignedBy = "round_robin";
      await tx
        .update(handoffSettings)
        .set({ roundRobinCursor: next.cursor })
        .where(eq(handoffSettings.workspaceId, workspaceId));
    }
  }

  const handoffId = uuidv7();
  const inserted = await tx
    .insert(handoffs)
    .values({
      workspaceId,
      id: handoffId,
      contactId: input.contactId,
      touchpointId: input.touchpointId ?? null,
      ownerId,
      handedAt: now,
      slaDueAt: new Date(addBusinessMinutes(now.getTime(), settings.slaMinutes, settings.businessHours)),
      assignedBy,
    })
    .onConflictDoNothing()
    .returning({ id: handoffs.id, slaDueAt: handoffs.slaDueAt });
  if (inserted.length === 0) return null;
  const slaDueAt = inserted[0]!.slaDueAt;

  const name = [contact.firstName, contact.lastName].filter(Boolean).join(" ") || contact.email;
  const taskId = uuidv7();
  await tx.insert(tasks).values({
    workspaceId,
    id: taskId,
    contactId: input.contactId,
    ownerId,
    kind: "call",
    title: `First contact with ${name} (handed over by marketing)`,
    dueAt: slaDueAt,
    createdAt: now,
    updatedAt: now,
  });
  await tx
    .update(handoffs)
    .set({ taskId })
    .where(and(eq(handoffs.workspaceId, workspaceId), eq(handoffs.id, handoffId)));
  await changeStage(tx, workspaceId, input.contactId, contact.stage, "sales_ready", {
    ownerId,
    userId: input.byUserId,
    reason: input.reason,
    now,
  });
  await tx.insert(notifications).values({
    workspaceId,
    userId: ownerId,
    kind: "handoff",
    title: `New lead for you: ${name}`,
    body: `Make first contact by ${slaDueAt.toISOString()}.`,
    link: `/handoffs?contact=${input.contactId}`,
    createdAt: now,
  });
  return { handoffId, ownerId, taskId, slaDueAt };
}

/** Moves a contact to another stage with its history row (and an owner when given). */
export async function changeStage(
  tx: Executor,
  workspaceId: string,
  contactId: string,
  from: Stage,
  to: Stage,
  options: {
    ownerId?: string | null;
    userId: string | null;
    reason: string;
    now: Date;
    cooldownUntil?: Date | null;
  },
) {
  await tx
    .update(contacts)
    .set({
      stage: to,
      updatedAt: options.now,
      ...(options.ownerId !== undefined ? { ownerId: options.ownerId } : {}),
      ...(options.cooldownUntil !== undefined ? { cooldownUntil: options.cooldownUntil } : {}),
    })
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId)));
  await tx.insert(contactStageHistory).values({
    workspaceId,
    contactId,
    fromStage: from,
    toStage: to,
    changedAt: options.now,
    userId: options.userId,
    reason: options.reason,
  });
}
