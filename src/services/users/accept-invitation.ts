// The invitee's side: the link's token names a pending invitation until it is used, replaced or
// expired. Every way a token can fail gets the same answer, so the page reveals nothing about
// which tokens ever existed, or whose.
import { and, eq, gt, isNull } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { passwordProblem } from "../../domain/users.ts";
import type { Executor } from "../../store/db.ts";
import { invitations, users, workspaces } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { hashPassword, sha256 } from "../auth/secrets.ts";
import { startSession } from "../auth/sessions.ts";
import type { Deps } from "../context.ts";

const INVALID =
  "This invitation link does not work: it may have been used already, replaced or expired. Ask an admin of your workspace for a new one.";

async function findInvitation(ex: Executor, deps: Deps, token: string, lock: boolean) {
  const query = ex
    .select({ user: users, workspace: workspaces })
    .from(invitations)
    .innerJoin(users, and(eq(users.workspaceId, invitations.workspaceId), eq(users.id, invitations.userId)))
    .innerJoin(workspaces, eq(workspaces.workspaceId, invitations.workspaceId))
    .where(
      and(
        eq(invitations.tokenHash, sha256(token)),
        gt(invitations.expiresAt, deps.now()),
        isNull(users.deactivatedAt),
      ),
    );
  const [row] = await (lock ? query.for("update", { of: invitations }) : query);
  if (!row) throw new AppError("not_found", INVALID);
  return row;
}

/** Who the link invites, so the page can greet them before they choose a password. */
export async function readInvitation(deps: Deps, token: string) {
  const { user, workspace } = await findInvitation(deps.db, deps, token, false);
  return { email: user.email, name: user.name, workspace: { name: workspace.name } };
}

/** Sets the invitee's password, uses up the link and logs them in. */
export async function acceptInvitation(deps: Deps, input: { token: string; password: string }) {
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError("validation_failed", problem, { field: "password" });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps.db, async (tx) => {
    // Locked, so two tabs submitting the same link at once cannot both use it.
    const { user, workspace } = await findInvitation(tx, deps, input.token, true);
    await tx
      .delete(invitations)
      .where(and(eq(invitations.workspaceId, user.workspaceId), eq(invitations.userId, user.id)));
    await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.workspaceId, user.workspaceId), eq(users.id, user.id)));
    const session = await startSession(tx, deps, { workspaceId: user.workspaceId, userId: user.id });
    return {
      ...session,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
      workspace: { id: workspace.workspaceId, name: workspace.name },
    };
  });
}
