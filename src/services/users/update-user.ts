import { and, eq } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import { lastAdminProblem, partnerTieProblem } from "../../domain/users.ts";
import { lockUser } from "../../store/queries/users.ts";
import { users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { checkPartner } from "./invite-user.ts";
import { lockAsAdmin } from "./membership-lock.ts";
import type { UpdateUserInput } from "./user-schemas.ts";
import { readUserViews, type UserView } from "./user-view.ts";

/** Renames a user or changes their role (and, with it, their partner organisation). Admins only. */
export async function updateUser(
  deps: Deps,
  actor: Actor,
  input: { id: string; changes: UpdateUserInput },
): Promise<UserView> {
  authorize(actor, ["admin"], "change users");
  return inTransaction(deps.db, async (tx) => {
    const admins = await lockAsAdmin(tx, actor);
    const user = await lockUser(tx, actor.workspaceId, input.id);
    if (!user) throw notFound("User", input.id);
    const role = input.changes.role ?? user.role;
    // A partner user who becomes staff leaves their organisation; anyone becoming a partner
    // user must be given one (or keep the one they have).
    const partnerId =
      input.changes.partnerId !== undefined
        ? input.changes.partnerId
        : role === "partner"
          ? user.partnerId
          : null;
    const tie = partnerTieProblem(role, partnerId);
    if (tie) throw new AppError("validation_failed", tie, { field: "partnerId" });
    if (partnerId && partnerId !== user.partnerId) await checkPartner(tx, actor.workspaceId, partnerId);
    const lastAdmin = lastAdminProblem(admins, {
      userId: user.id,
      becomes: role,
    });
    if (lastAdmin) throw new AppError("conflict", lastAdmin, { field: "role" });
    await tx
      .update(users)
      .set({ role, partnerId, ...(input.changes.name !== undefined ? { name: input.changes.name } : {}) })
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, user.id)));
    const renamed = input.changes.name !== undefined && input.changes.name !== user.name;
    if (role !== user.role || partnerId !== user.partnerId) {
      await recordAudit(
        tx,
        actor,
        {
          action: "user.role_changed",
          targetType: "user",
          targetId: user.id,
          summary: `${user.name} <${user.email}>: ${user.role} → ${role}`,
          details: { before: { role: user.role, partnerId: user.partnerId }, after: { role, partnerId } },
        },
        deps.now(),
      );
    }
    if (renamed) {
      await recordAudit(
        tx,
        actor,
        {
          action: "user.changed",
          targetType: "user",
          targetId: user.id,
          summary: `Renamed ${user.name} to ${input.changes.name} <${user.email}>`,
          details: { before: { name: user.name }, after: { name: input.changes.name } },
        },
        deps.now(),
      );
    }
    const [view] = await readUserViews(tx, actor.workspaceId, user.id);
    return view!;
  });
}
