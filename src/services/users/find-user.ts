import { and, eq, sql } from "drizzle-orm";
import { users } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";

/** The workspace's user with this email (compared case-insensitively, as at login), if any. */
export async function findUserByEmail(deps: Deps, workspaceId: string, email: string) {
  const [found] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), sql`lower(${users.email}) = ${email.toLowerCase()}`));
  return found;
}
