import { asc, eq } from "drizzle-orm";
import { users } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";

export async function listUsers(deps: Deps, actor: Actor) {
  authorize(actor, STAFF, "list users");
  return deps.db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.workspaceId, actor.workspaceId))
    .orderBy(asc(users.name));
}
