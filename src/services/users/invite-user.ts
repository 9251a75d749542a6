import { and, eq } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { partnerTieProblem } from "../../domain/users.ts";
import type { Tx } from "../../store/db.ts";
import { partners, users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { emailInvitation, type InvitationDelivery } from "./email-invitation.ts";
import { type IssuedInvitation, issueInvitation } from "./issue-invitation.ts";
import { lockAsAdmin } from "./membership-lock.ts";
import type { InviteUserInput } from "./user-schemas.ts";
import { readUserViews, type UserView } from "./user-view.ts";

/**
 * Invites someone by email: the user exists at once with their role (so the email is taken and
 * they can be assigned), but has no password until they open the link. Admins only.
 */
export async function inviteUser(
  deps: Deps,
  actor: Actor,
  input: InviteUserInput,
): Promise<{ user: UserView } & IssuedInvitation & InvitationDelivery> {
  authorize(actor, ["admin"], "invite users");
  const tie = partnerTieProblem(input.role, input.partnerId);
  if (tie) throw new AppError("validation_failed", tie, { field: "partnerId" });
  const invited = await inTransaction(deps.db, async (tx) => {
    await lockAsAdmin(tx, actor);
    if (input.partnerId) await checkPartner(tx, actor.workspaceId, input.partnerId);
    const [row] = await tx
      .insert(users)
      .values({
        workspaceId: actor.workspaceId,
        email: input.email,
        name: input.name,
        role: input.role,
        partnerId: input.partnerId ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    // Only admins reach this, so saying the email is taken reveals nothing to an outsider.
    if (!row) {
      throw new AppError(
        "conflict",
        "Someone with this email is already a user here; re-send their invitation from the list instead.",
        { field: "email" },
      );
    }
    const issued = await issueInvitation(tx, deps, {
      workspaceId: actor.workspaceId,
      userId: row.id,
      invitedBy: actor.userId,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "user.invited",
        targetType: "user",
        targetId: row.id,
        summary: `Invited ${input.name} <${input.email}> as ${input.role}`,
        details: { email: input.email, role: input.role, partnerId: input.partnerId ?? null },
      },
      deps.now(),
    );
    const [user] = await readUserViews(tx, actor.workspaceId, row.id);
    return { user: user!, ...issued };
  });
  const ids = { workspaceId: actor.workspaceId, userId: invited.user.id, invitedBy: actor.userId };
  return { ...invited, ...(await emailInvitation(deps, ids, invited)) };
}

export async function checkPartner(tx: Tx, workspaceId: string, partnerId: string): Promise<void> {
  const [found] = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.workspaceId, workspaceId), eq(partners.id, partnerId)));
  if (!found)
    throw new AppError("unknown_reference", "There is no such partner organisation.", { field: "partnerId" });
}
