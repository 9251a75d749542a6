import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { readUserViews } from "./user-view.ts";

/** Staff see who works here (owner pickers, the users screen), with each one's status. */
export async function listUsers(deps: Deps, actor: Actor) {
  authorize(actor, STAFF, "list users");
  return readUserViews(deps.db, actor.workspaceId);
}
