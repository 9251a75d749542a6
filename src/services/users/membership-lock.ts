import { AppError } from "../../domain/errors.ts";
import type { Tx } from "../../store/db.ts";
import { activeAdminIds, lockMembership } from "../../store/queries/users.ts";
import type { Actor } from "../context.ts";

/**
 * Takes the workspace's membership lock and answers its active admins. The actor was found to be
 * an admin when the request was authenticated; an admin demoted or deactivated by a change that
 * committed since (one waited for here) may no longer act.
 */
export async function lockAsAdmin(tx: Tx, actor: Actor): Promise<string[]> {
  await lockMembership(tx, actor.workspaceId);
  const admins = await activeAdminIds(tx, actor.workspaceId);
  if (!admins.includes(actor.userId))
    throw new AppError("forbidden", "You are no longer an active admin of this workspace.");
  return admins;
}
