import { AppError, notFound } from "../../domain/errors.ts";
import { lockUser } from "../../store/queries/users.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { emailInvitation, type InvitationDelivery } from "./email-invitation.ts";
import { type IssuedInvitation, issueInvitation } from "./issue-invitation.ts";
import { lockAsAdmin } from "./membership-lock.ts";

/** A new link for a pending invitation, valid for a fresh week; the previous link stops working. */
export async function resendInvitation(
  deps: Deps,
  actor: Actor,
  userId: string,
): Promise<IssuedInvitation & InvitationDelivery> {
  authorize(actor, ["admin"], "invite users");
  const issued = await inTransaction(deps.db, async (tx) => {
    await lockAsAdmin(tx, actor);
    const user = await lockUser(tx, actor.workspaceId, userId);
    if (!user) throw notFound("User", userId);
    if (!user.invited)
      throw new AppError("conflict", "This user has already accepted their invitation and has a password.");
    if (user.deactivatedAt)
      throw new AppError(
        "conflict",
        "This user is deactivated: reactivate them before re-sending the invitation.",
      );
    await recordAudit(
      tx,
      actor,
      {
        action: "user.invitation_resent",
        targetType: "user",
        targetId: userId,
        summary: `Sent ${user.name} <${user.email}> a new invitation link; the previous one stopped working`,
      },
      deps.now(),
    );
    return issueInvitation(tx, deps, { workspaceId: actor.workspaceId, userId, invitedBy: actor.userId });
  });
  const ids = { workspaceId: actor.workspaceId, userId, invitedBy: actor.userId };
  return { ...issued, ...(await emailInvitation(deps, ids, issued)) };
}
