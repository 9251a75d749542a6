import { and, asc, eq, inArray } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { contacts } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { checkContactReferences } from "./check-references.ts";
import type { BulkAssignInput } from "./contact-schemas.ts";

/**
 * Gives many contacts one owner (or none), all or nothing: a contact that is not there refuses
 * the whole call, so a list that changed under the user's selection is not half-assigned.
 * Staff only — a partner does not assign the workspace's owners (as for a single contact).
 */
export async function assignContactsOwner(
  deps: Deps,
  actor: Actor,
  input: BulkAssignInput,
): Promise<{ ownerId: string | null; contactIds: string[] }> {
  authorize(actor, STAFF, "assign contacts to an owner");
  const ids = [...new Set(input.ids)];
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    await checkContactReferences(tx, actor.workspaceId, { ownerId: input.ownerId });
    const where = and(eq(contacts.workspaceId, actor.workspaceId), inArray(contacts.id, ids));
    // Locked in id order, as the touchpoint path locks them, so the two cannot deadlock.
    const found = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(where)
      .orderBy(asc(contacts.id))
      .for("no key update");
    if (found.length < ids.length) {
      const present = new Set(found.map((r) => r.id));
      const missing = ids.filter((id) => !present.has(id));
      throw new AppError(
        "not_found",
        `${missing.length === 1 ? "A contact was" : `${missing.length} contacts were`} not found (deleted meanwhile?): ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}. Nothing was assigned.`,
        { missing },
      );
    }
    await tx.update(contacts).set({ ownerId: input.ownerId, updatedAt: now }).where(where);
    return { ownerId: input.ownerId, contactIds: ids };
  });
}
