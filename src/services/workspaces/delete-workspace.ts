import { eq } from "drizzle-orm";
import { dropRoundRobin } from "../../store/queries/round-robin.ts";
import { workspaces } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";

/** Removes a workspace and everything in it: its rows cascade, its round-robin sequence is dropped. */
export async function deleteWorkspace(deps: Deps, workspaceId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await tx.delete(workspaces).where(eq(workspaces.workspaceId, workspaceId));
    await dropRoundRobin(tx, workspaceId);
  });
}
