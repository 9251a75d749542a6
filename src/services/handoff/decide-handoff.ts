import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, notFound } from "../../domain/errors.ts";
import { RECYCLE_REASONS } from "../../domain/handoff.ts";
import type { Stage } from "../../domain/stages.ts";
import { contacts, handoffs } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { changeStage } from "../lifecycle/change-stage.ts";
import { settlePendingHandoff } from "../lifecycle/settle-handoff.ts";

export const AcceptHandoffSchema = z.strictObject({
  note: z.string().trim().max(2000).nullable().optional(),
});
export const RecycleHandoffSchema = z.strictObject({
  reason: z.enum(RECYCLE_REASONS),
  note: z.string().trim().max(2000).nullable().optional(),
});

const DECIDERS = ["admin", "sales"] as const;

/** The pending hand-off, locked; only its owner (or an admin) may answer it. */
async function lockPending(
  tx: Parameters<Parameters<Deps["db"]["transaction"]>[0]>[0],
  actor: Actor,
  id: string,
) {
  const [handoff] = await tx
    .select()
    .from(handoffs)
    .where(and(eq(handoffs.workspaceId, actor.workspaceId), eq(handoffs.id, id)))
    .for("update");
  if (!handoff) throw notFound("Hand-off", id);
  if (actor.role !== "admin" && handoff.ownerId !== actor.userId) {
    throw new AppError(
      "forbidden",
      "This lead was handed to someone else; only they (or an admin) can answer it.",
    );
  }
  if (handoff.status !== "pending")
    throw new AppError("conflict", `This hand-off was already ${handoff.status}.`);
  const [contact] = await tx
    .select({ stage: contacts.stage })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, handoff.contactId)))
    .for("no key update");
  return { handoff, stage: contact!.stage };
}

/** Sales takes the lead: it becomes in_sales, owned by the hand-off's owner. */
export async function acceptHandoff(deps: Deps, actor: Actor, input: { id: string; note?: string | null }) {
  authorize(actor, DECIDERS, "accept hand-offs");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const { handoff, stage } = await lockPending(tx, actor, input.id);
    await decide(tx, actor, handoff, stage, {
      to: "in_sales",
      status: "accepted",
      reason: "accepted by sales",
      note: input.note ?? null,
      now,
    });
    return { id: handoff.id, status: "accepted" as const, contactId: handoff.contactId };
  });
}

/**
 * Sales hands the lead back with a reason: it returns to marketing's nurture as `recycled`, not
 * handed over again before the cool-down ends; its open first-contact task is closed.
 */
export async function recycleHandoff(
  deps: Deps,
  actor: Actor,
  input: { id: string; reason: (typeof RECYCLE_REASONS)[number]; note?: string | null },
) {
  authorize(actor, DECIDERS, "recycle hand-offs");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const { handoff, stage } = await lockPending(tx, actor, input.id);
    const moved = await decide(tx, actor, handoff, stage, {
      to: "recycled",
      status: "recycled",
      reason: input.reason,
      note: input.note ?? null,
      now,
    });
    return {
      id: handoff.id,
      status: "recycled" as const,
      contactId: handoff.contactId,
      // (A legacy hand-off whose contact had already moved on starts no cool-down.)
      cooldownUntil: (moved?.cooldownUntil ?? now).toISOString(),
    };
  });
}

/**
 * The answer goes through the stage service, which settles the hand-off with the contact's move.
 * A pending hand-off whose contact is no longer sales-ready (history from before the service
 * owned every move) is only settled.
 */
async function decide(
  tx: Parameters<Parameters<Deps["db"]["transaction"]>[0]>[0],
  actor: Actor,
  handoff: { id: string; contactId: string; ownerId: string },
  stage: Stage,
  answer: {
    to: "in_sales" | "recycled";
    status: "accepted" | "recycled";
    reason: string;
    note: string | null;
    now: Date;
  },
) {
  if (stage !== "sales_ready") {
    await settlePendingHandoff(tx, {
      workspaceId: actor.workspaceId,
      contactId: handoff.contactId,
      status: answer.status,
      userId: actor.userId,
      reason: answer.reason,
      note: answer.note,
      now: answer.now,
    });
    return null;
  }
  return changeStage(tx, {
    workspaceId: actor.workspaceId,
    contactId: handoff.contactId,
    to: answer.to,
    cause: "handoff",
    causeId: handoff.id,
    userId: actor.userId,
    reason: answer.reason,
    note: answer.note,
    ownerId: answer.to === "in_sales" ? handoff.ownerId : undefined,
    now: answer.now,
  });
}
