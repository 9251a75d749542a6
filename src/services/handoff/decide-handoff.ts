import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { AppError, notFound } from "../../domain/errors.ts";
import { RECYCLE_REASONS } from "../../domain/handoff.ts";
import { contacts, handoffs, tasks } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { loadHandoffSettings } from "./handoff-settings.ts";
import { changeStage } from "./pass-baton.ts";

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

/** Sales takes the lead: it becomes in_sales, owned by the acceptor. */
export async function acceptHandoff(deps: Deps, actor: Actor, input: { id: string; note?: string | null }) {
  authorize(actor, DECIDERS, "accept hand-offs");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const { handoff, stage } = await lockPending(tx, actor, input.id);
    await tx
      .update(handoffs)
      .set({ status: "accepted", decidedAt: now, decidedBy: actor.userId, note: input.note ?? null })
      .where(and(eq(handoffs.workspaceId, actor.workspaceId), eq(handoffs.id, handoff.id)));
    if (stage === "sales_ready") {
      await changeStage(tx, actor.workspaceId, handoff.contactId, stage, "in_sales", {
        ownerId: handoff.ownerId,
        userId: actor.userId,
        reason: "accepted by sales",
        now,
      });
    }
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
    const settings = await loadHandoffSettings(tx, actor.workspaceId);
    const cooldownUntil = new Date(now.getTime() + settings.recycleCooldownDays * 86_400_000);
    await tx
      .update(handoffs)
      .set({
        status: "recycled",
        decidedAt: now,
        decidedBy: actor.userId,
        recycleReason: input.reason,
        note: input.note ?? null,
      })
      .where(and(eq(handoffs.workspaceId, actor.workspaceId), eq(handoffs.id, handoff.id)));
    if (handoff.taskId) {
      await tx
        .update(tasks)
        .set({ completedAt: now, outcome: `Recycled: ${input.reason.replaceAll("_", " ")}`, updatedAt: now })
        .where(
          and(
            eq(tasks.workspaceId, actor.workspaceId),
            eq(tasks.id, handoff.taskId),
            isNull(tasks.completedAt),
          ),
        );
    }
    await changeStage(tx, actor.workspaceId, handoff.contactId, stage, "recycled", {
      ownerId: null,
      userId: actor.userId,
      reason: `recycled: ${input.reason}`,
      now,
      cooldownUntil,
    });
    return {
      id: handoff.id,
      status: "recycled" as const,
      contactId: handoff.contactId,
      cooldownUntil: cooldownUntil.toISOString(),
    };
  });
}
