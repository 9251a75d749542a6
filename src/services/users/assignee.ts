// The user a write is about to give work to (an owner, a task's assignee). Read FOR SHARE: a
// deactivation at the same moment (which locks the user FOR UPDATE) waits for this transaction
// to commit, or commits first and is seen here, so work cannot slip to someone as they leave.
import { and, eq } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { assigneeProblem } from "../../domain/users.ts";
import type { Executor } from "../../store/db.ts";
import { users } from "../../store/schema/index.ts";

export interface Assignee {
  id: string;
  name: string;
  role: string;
  partnerId: string | null;
  deactivatedAt: Date | null;
}

/** The user, locked until the caller's transaction ends; undefined when not in the workspace. */
export async function loadAssignee(
  ex: Executor,
  workspaceId: string,
  userId: string,
): Promise<Assignee | undefined> {
  const [row] = await ex
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      partnerId: users.partnerId,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId)))
    .for("share");
  return row;
}

/** Refuses a deactivated user, in words a form can show under its owner field. */
export function refuseDeactivated(user: Assignee): void {
  const problem = assigneeProblem(user);
  if (problem) throw new AppError("validation_failed", problem, { field: "ownerId" });
}

/** A user of the workspace who may be given work; "not found" or refused otherwise. */
export async function checkAssignee(ex: Executor, workspaceId: string, userId: string): Promise<Assignee> {
  const user = await loadAssignee(ex, workspaceId, userId);
  if (!user) throw new AppError("unknown_reference", `User ${userId} was not found.`);
  refuseDeactivated(user);
  return user;
}
