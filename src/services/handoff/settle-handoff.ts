import { and, eq } from "drizzle-orm";
import { RECYCLE_REASONS, type RecycleReason } from "../../domain/handoff.ts";
import type { Stage } from "../../domain/stages.ts";
import type { Executor } from "../../store/db.ts";
import { contacts, handoffs } from "../../store/schema/index.ts";
import { loadHandoffSettings } from "./handoff-settings.ts";

/**
 * A contact's stage was changed by hand while a hand-off waited: moving it on to sales (or to a
 * win) accepts it, moving it back to marketing (or out) recycles it — so the hand-off report
 * never shows a lead waiting forever. A recycled contact gets its cool-down.
 */
export async function settlePendingHandoff(
  tx: Executor,
  input: {
    workspaceId: string;
    contactId: string;
    to: Stage;
    userId: string;
    reason: string | null;
    now: Date;
  },
): Promise<void> {
  const { workspaceId, contactId, to, now } = input;
  if (to === "recycled") {
    const settings = await loadHandoffSettings(tx, workspaceId);
    await tx
      .update(contacts)
      .set({ cooldownUntil: new Date(now.getTime() + settings.recycleCooldownDays * 86_400_000) })
      .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId)));
  }
  const accepted = to === "in_sales" || to === "customer";
  const known = RECYCLE_REASONS.find((r) => r === input.reason);
  const reason: RecycleReason = known ?? "not_ready";
  await tx
    .update(handoffs)
    .set({
      status: accepted ? "accepted" : "recycled",
      decidedAt: now,
      decidedBy: input.userId,
      recycleReason: accepted ? null : reason,
      note: known ? null : input.reason,
    })
    .where(
      and(
        eq(handoffs.workspaceId, workspaceId),
        eq(handoffs.contactId, contactId),
        eq(handoffs.status, "pending"),
      ),
    );
}
