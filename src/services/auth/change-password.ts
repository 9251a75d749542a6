import { and, eq } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { passwordProblem } from "../../domain/users.ts";
import { users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Actor, Deps } from "../context.ts";
import { hashPassword, verifyPassword } from "./secrets.ts";
import { endSessions } from "./sessions.ts";

/**
 * A user changes their own password. Every other session of theirs ends (a password is changed
 * because it may be known to someone else); the one asking, `keepSession`, stays logged in.
 * API keys are left alone: they are separate credentials, revoked one by one.
 */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; keepSession?: string },
): Promise<void> {
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new AppError("validation_failed", problem, { field: "newPassword" });
  const newHash = await hashPassword(input.newPassword);
  await inTransaction(deps.db, async (tx) => {
    const [user] = await tx
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, actor.userId)))
      .for("update");
    if (!(await verifyPassword(input.currentPassword, user?.passwordHash ?? null))) {
      throw new AppError("validation_failed", "The current password is not right.", {
        field: "currentPassword",
      });
    }
    await tx
      .update(users)
      .set({ passwordHash: newHash })
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, actor.userId)));
    await endSessions(tx, actor, input.keepSession);
  });
}
