import { and, eq, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { users } from "../../store/schema/index.ts";
import type { Actor, Deps } from "../context.ts";

/** The workspace's user with this email (compared case-insensitively, as at login), if any. */
export async function findUserByEmail(deps: Deps, workspaceId: string, email: string) {
  const [found] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), sql`lower(${users.email}) = ${email.toLowerCase()}`));
  return found;
}

/**
 * Who a command-line report runs as: the user with this email, or else the workspace's first
 * admin. The CLI is the operator's door; reports still go through the same authorization.
 */
export async function cliActor(deps: Deps, workspaceId: string, email?: string): Promise<Actor> {
  const [found] = await deps.db
    .select({ id: users.id, role: users.role, partnerId: users.partnerId })
    .from(users)
    .where(
      and(
        eq(users.workspaceId, workspaceId),
        email ? sql`lower(${users.email}) = ${email.toLowerCase()}` : eq(users.role, "admin"),
      ),
    )
    .orderBy(users.createdAt, users.id)
    .limit(1);
  if (!found) {
    throw new AppError(
      "not_found",
      email ? `No user ${email} in this workspace.` : "This workspace has no admin.",
    );
  }
  return { workspaceId, userId: found.id, role: found.role, partnerId: found.partnerId, via: "cli" };
}
