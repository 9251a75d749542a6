import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { lockUser } from "../../store/queries/users.ts";
import { users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { lockAsAdmin } from "./membership-lock.ts";
import { readUserViews, type UserView } from "./user-view.ts";

/**
 * Lets a deactivated user log in again with their password (or, if they never accepted, use
 * their invitation link while it lasts). The keys revoked at deactivation stay revoked.
 */
export async function reactivateUser(deps: Deps, actor: Actor, userId: string): Promise<UserView> {
  authorize(actor, ["admin"], "reactivate users");
  return inTransaction(deps.db, async (tx) => {
    await lockAsAdmin(tx, actor);
    const user = await lockUser(tx, actor.workspaceId, userId);
    if (!user) throw notFound("User", userId);
    if (user.deactivatedAt) {
      await tx
        .update(users)
        .set({ deactivatedAt: null })
        .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, userId)));
      await recordAudit(
        tx,
        actor,
        {
          action: "user.reactivated",
          targetType: "user",
          targetId: userId,
          summary: `Reactivated ${user.name} <${user.email}>`,
        },
        deps.now(),
      );
    }
    const [view] = await readUserViews(tx, actor.workspaceId, userId);
    return view!;
  });
}
