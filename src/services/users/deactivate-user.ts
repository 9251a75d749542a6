import { and, eq, isNull } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import { lastAdminProblem } from "../../domain/users.ts";
import { lockUser } from "../../store/queries/users.ts";
import { apiKeys, users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { endSessions } from "../auth/sessions.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { lockAsAdmin } from "./membership-lock.ts";
import { readUserViews, type UserView } from "./user-view.ts";

/**
 * Shuts a user out at once: their sessions are deleted and their API keys revoked in the same
 * transaction, so their very next request is refused. Their records stay theirs. Admins only;
 * the last active admin cannot be deactivated.
 */
export async function deactivateUser(deps: Deps, actor: Actor, userId: string): Promise<UserView> {
  authorize(actor, ["admin"], "deactivate users");
  return inTransaction(deps.db, async (tx) => {
    const admins = await lockAsAdmin(tx, actor);
    const user = await lockUser(tx, actor.workspaceId, userId);
    if (!user) throw notFound("User", userId);
    if (!user.deactivatedAt) {
      const lastAdmin = lastAdminProblem(admins, {
        userId,
        becomes: "deactivated",
      });
      if (lastAdmin) throw new AppError("conflict", lastAdmin);
      const now = deps.now();
      await tx
        .update(users)
        .set({ deactivatedAt: now })
        .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, userId)));
      await endSessions(tx, { workspaceId: actor.workspaceId, userId });
      await tx
        .update(apiKeys)
        .set({ revokedAt: now })
        .where(
          and(
            eq(apiKeys.workspaceId, actor.workspaceId),
            eq(apiKeys.userId, userId),
            isNull(apiKeys.revokedAt),
          ),
        );
      await recordAudit(
        tx,
        actor,
        {
          action: "user.deactivated",
          targetType: "user",
          targetId: userId,
          summary: `Deactivated ${user.name} <${user.email}>; their sessions ended and keys were revoked`,
        },
        now,
      );
    }
    const [view] = await readUserViews(tx, actor.workspaceId, userId);
    return view!;
  });
}
