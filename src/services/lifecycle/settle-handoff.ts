// Settling a hand-off when the contact moves on: so the hand-off report never shows a lead waiting
// forever, and no first-contact task stays open for a contact that was won, lost or handed back.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { RECYCLE_REASONS, type RecycleReason } from "../../domain/handoff.ts";
import type { Executor } from "../../store/db.ts";
import { handoffs, tasks } from "../../store/schema/index.ts";

/** Accepts or recycles the contact's pending hand-off; returns its id and owner, if there was one. */
export async function settlePendingHandoff(
  tx: Executor,
  input: {
    workspaceId: string;
    contactId: string;
    status: "accepted" | "recycled";
    userId: string | null;
    /** A recycle reason from the list, or free text (kept as the note, reason `not_ready`). */
    reason: string | null;
    note?: string | null;
    now: Date;
  },
): Promise<{ id: string; ownerId: string } | null> {
  const { workspaceId, contactId, now } = input;
  const accepted = input.status === "accepted";
  const known = RECYCLE_REASONS.find((r) => r === input.reason);
  const reason: RecycleReason = known ?? "not_ready";
  const [settled] = await tx
    .update(handoffs)
    .set({
      status: input.status,
      decidedAt: now,
      decidedBy: input.userId,
      recycleReason: accepted ? null : reason,
      note: input.note ?? (accepted || known ? null : input.reason),
    })
    .where(
      and(
        eq(handoffs.workspaceId, workspaceId),
        eq(handoffs.contactId, contactId),
        eq(handoffs.status, "pending"),
      ),
    )
    .returning({ id: handoffs.id, ownerId: handoffs.ownerId });
  return settled ?? null;
}

/** Completes the contact's open first-contact tasks (those its hand-offs created) with an outcome. */
export async function closeFirstContactTasks(
  tx: Executor,
  input: { workspaceId: string; contactId: string; outcome: string; now: Date },
): Promise<void> {
  const { workspaceId, contactId, now } = input;
  const firstTasks = tx
    .select({ id: handoffs.taskId })
    .from(handoffs)
    .where(and(eq(handoffs.workspaceId, workspaceId), eq(handoffs.contactId, contactId)));
  await tx
    .update(tasks)
    .set({ completedAt: now, outcome: input.outcome, updatedAt: now })
    .where(
      and(
        eq(tasks.workspaceId, workspaceId),
        eq(tasks.contactId, contactId),
        isNull(tasks.completedAt),
        inArray(tasks.id, firstTasks),
      ),
    );
}
