// Passing the baton: who gets the lead, its first-contact task within the SLA, the hand-off row and
// the owner's notification. Called only by the stage service (change-stage.ts), inside its
// transaction, for a transition the lifecycle table says passes the baton.
import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import {
  type AssignmentRule,
  addBusinessMinutes,
  matchAssignmentRule,
  roundRobinPick,
} from "../../domain/handoff.ts";
import type { Executor } from "../../store/db.ts";
import { takeRoundRobinTurn } from "../../store/queries/round-robin.ts";
import { guardOverrides, handoffs, notifications, tasks } from "../../store/schema/index.ts";
import {
  type HandoffSettingsRow,
  loadAssignmentRules,
  loadHandoffSettings,
  salesUserIds,
} from "../handoff/handoff-settings.ts";

export interface HandOverContact {
  id: string;
  name: string;
  country: string | null;
  industry: string | null;
  companySize: string | null;
  occupation: string | null;
}

export interface HandOverInput {
  workspaceId: string;
  contact: HandOverContact;
  /** The touchpoint that made the lead ready, when a touchpoint did. */
  touchpointId: string | null;
  /** A chosen owner; otherwise territory rules, then round-robin. */
  ownerId: string | null;
  now: Date;
}

export interface HandOver {
  handoffId: string;
  ownerId: string;
  taskId: string;
  slaDueAt: Date;
}

/**
 * What passing the baton reads about the workspace. A batch that may hand over several leads
 * reads it once (loadHandOverContext) instead of once per lead; nothing in it is locked, so
 * batches handing over leads at the same time do not wait for each other.
 */
export interface HandOverContext {
  settings: HandoffSettingsRow;
  rules: AssignmentRule[];
  salesUserIds: string[];
}

export async function loadHandOverContext(
  ex: Executor,
  workspaceId: string,
  settings?: HandoffSettingsRow,
): Promise<HandOverContext> {
  return {
    settings: settings ?? (await loadHandoffSettings(ex, workspaceId)),
    rules: await loadAssignmentRules(ex, workspaceId),
    salesUserIds: await salesUserIds(ex, workspaceId),
  };
}

/**
 * The lead becomes sales-ready: an owner, a first-contact task due within the SLA (business
 * hours), a pending hand-off and a notification. Null when there is no sales user to hand it to
 * or the contact already has an open hand-off.
 */
export async function handOver(
  tx: Executor,
  input: HandOverInput,
  context?: HandOverContext,
): Promise<HandOver | null> {
  const { workspaceId, contact, now } = input;
  const settings = context?.settings ?? (await loadHandoffSettings(tx, workspaceId));
  const owner = input.ownerId
    ? { ownerId: input.ownerId, assignedBy: "manual" }
    : await assignOwner(tx, workspaceId, contact, context);
  if (!owner) return null;

  const handoffId = uuidv7();
  const inserted = await tx
    .insert(handoffs)
    .values({
      workspaceId,
      id: handoffId,
      contactId: contact.id,
      touchpointId: input.touchpointId,
      ownerId: owner.ownerId,
      handedAt: now,
      slaDueAt: new Date(addBusinessMinutes(now.getTime(), settings.slaMinutes, settings.businessHours)),
      assignedBy: owner.assignedBy,
    })
    .onConflictDoNothing()
    .returning({ id: handoffs.id, slaDueAt: handoffs.slaDueAt });
  if (inserted.length === 0) return null;
  const slaDueAt = inserted[0]!.slaDueAt;

  // The hand-off owns the first call: a playbook's own call step for this moment is skipped
  // while this task is open (see sequences/run-enrolment-step.ts).
  const taskId = uuidv7();
  await tx.insert(tasks).values({
    workspaceId,
    id: taskId,
    contactId: contact.id,
    ownerId: owner.ownerId,
    kind: "call",
    title: `First contact with ${contact.name} (handed over by marketing)`,
    dueAt: slaDueAt,
    createdAt: now,
    updatedAt: now,
  });
  await tx
    .update(handoffs)
    .set({ taskId })
    .where(and(eq(handoffs.workspaceId, workspaceId), eq(handoffs.id, handoffId)));
  await tx.insert(notifications).values({
    workspaceId,
    userId: owner.ownerId,
    kind: "handoff",
    title: `New lead for you: ${contact.name}`,
    body: `Make first contact by ${slaDueAt.toISOString()}.`,
    link: `/handoffs?contact=${contact.id}`,
    createdAt: now,
  });
  return { handoffId, ownerId: owner.ownerId, taskId, slaDueAt };
}

/**
 * Territory rules first, then round-robin over the sales users: the workspace's next turn
 * (store/queries/round-robin.ts), which concurrent transactions take without waiting.
 */
export async function assignOwner(
  tx: Executor,
  workspaceId: string,
  contact: HandOverContact,
  context?: Pick<HandOverContext, "rules" | "salesUserIds">,
): Promise<{ ownerId: string; assignedBy: string } | null> {
  const sellers = context?.salesUserIds ?? (await salesUserIds(tx, workspaceId));
  // A rule whose owner has since been deactivated (or left sales) is passed over.
  const rules = (context?.rules ?? (await loadAssignmentRules(tx, workspaceId))).filter((r) =>
    sellers.includes(r.userId),
  );
  const rule = matchAssignmentRule(
    {
      country: contact.country,
      industry: contact.industry,
      company_size: contact.companySize,
      occupation: contact.occupation,
    },
    rules,
  );
  if (rule) return { ownerId: rule.userId, assignedBy: `rule:${rule.id}` };
  if (sellers.length === 0) return null;
  const ownerId = roundRobinPick(sellers, await takeRoundRobinTurn(tx, workspaceId))!;
  return { ownerId, assignedBy: "round_robin" };
}

/**
 * A contact marketing owns goes straight to sales (a deal opened for it, or moved by hand): the
 * same hand-off, accepted at once by its new owner, with no first-contact task (the owner is
 * already talking to them). For a lead that was not ready the sales guard's override is logged.
 */
export async function handOverAccepted(
  tx: Executor,
  input: {
    workspaceId: string;
    contactId: string;
    ownerId: string;
    userId: string | null;
    reason: string;
    now: Date;
  },
): Promise<string> {
  const { workspaceId, now } = input;
  const handoffId = uuidv7();
  await tx.insert(handoffs).values({
    workspaceId,
    id: handoffId,
    contactId: input.contactId,
    ownerId: input.ownerId,
    handedAt: now,
    slaDueAt: now,
    assignedBy: "manual",
    status: "accepted",
    decidedAt: now,
    decidedBy: input.userId ?? input.ownerId,
    note: input.reason,
  });
  await tx.insert(guardOverrides).values({
    workspaceId,
    contactId: input.contactId,
    userId: input.userId ?? input.ownerId,
    reason: `Went to sales before marketing made it ready: ${input.reason}`,
    createdAt: now,
  });
  return handoffId;
}
